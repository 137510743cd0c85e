package dev.athanor.migrate.script;

import java.util.List;

/** {@code head} (or a relative step) was asked for while the graph has several heads. */
public class MultipleHeadsError extends ResolutionError {
    private static final long serialVersionUID = 1L;
    private final List<String> heads;

    public MultipleHeadsError(String argument, List<String> heads) {
        super("Multiple heads are present for the target '" + argument + "': " + heads + "; name one revision,"
                + " use 'heads' for all of them, or '<branchlabel>@head' for the head of one branch", argument);
        this.heads = List.copyOf(heads);
    }

    /** The heads that made the target ambiguous. */
    public List<String> heads() {
        return heads;
    }
}
