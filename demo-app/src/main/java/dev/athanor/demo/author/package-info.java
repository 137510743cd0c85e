/** Authors: their entity, service, REST controller and statistics. */
package dev.athanor.demo.author;
