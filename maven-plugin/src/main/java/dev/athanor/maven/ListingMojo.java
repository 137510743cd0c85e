package dev.athanor.maven;

import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugins.annotations.Parameter;

/** The goals that list revisions ({@code current}, {@code heads}, {@code branches}), short or in full. */
abstract class ListingMojo extends AbstractAthanorMojo {
    /** Show each revision in full. */
    @Parameter(property = "athanor.verbose", defaultValue = "false")
    boolean verbose;

    abstract String verb();

    @Override
    List<String> commandArguments() {
        List<String> arguments = new ArrayList<>(List.of(verb()));
        addFlag(arguments, "--verbose", verbose);
        return arguments;
    }
}
