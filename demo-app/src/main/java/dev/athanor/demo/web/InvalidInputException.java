package dev.athanor.demo.web;

import java.util.List;

/** Thrown when a request body breaks a rule; answered with 400 listing every broken rule. */
public class InvalidInputException extends RuntimeException {
    private final List<String> errors;

    /** An exception for the given rule violations, one sentence each. */
    public InvalidInputException(List<String> errors) {
        super(String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    /** Throws when any rule was broken. */
    public static void rejectIfAny(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public List<String> errors() {
        return errors;
    }
}
