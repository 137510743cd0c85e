/** The reference documents' events and inspection examples, in Java. */
package dev.athanor.examples.events;
