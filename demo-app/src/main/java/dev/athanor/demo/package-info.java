/** The Athanor bookstore demo: a Spring Boot REST service over an embedded H2 file database. */
package dev.athanor.demo;
