package dev.athanor.migrate.script;

import dev.athanor.exc.AthanorException;

/** The revision scripts or a revision asked for do not form a usable graph (Alembic's {@code RevisionError}). */
public class RevisionError extends AthanorException {
    private static final long serialVersionUID = 1L;

    public RevisionError(String message) {
        super(message);
    }
}
