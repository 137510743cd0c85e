package dev.athanor.demo.web;

/** Thrown when a request names a row that does not exist; answered with 404. */
public class NotFoundException extends RuntimeException {

    /** A message naming what was looked for, e.g. {@code Author 7 not found}. */
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
