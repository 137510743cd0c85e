/** Books, their tags and reviews: entities, service, REST controller and paged listing. */
package dev.athanor.demo.book;
