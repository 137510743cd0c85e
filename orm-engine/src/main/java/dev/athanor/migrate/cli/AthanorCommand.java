package dev.athanor.migrate.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code athanor} command: {@code athanor db <verb>} runs the migration commands.
 *
 * <pre>
 * athanor db upgrade head --url postgresql://app@localhost/app --package com.example.migrations
 * athanor db revision -m "add phone" --autogenerate --entities com.example.model
 * </pre>
 *
 * <p>Exit code 0 on success, 1 on an error or when {@code check} finds pending changes; errors are
 * one line on standard error, with any password in the URL masked.
 */
@Command(name = "athanor", mixinStandardHelpOptions = true, subcommands = DbCommand.class,
        description = "Athanor database tools.")
public final class AthanorCommand {

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line, writing to {@code out} and {@code err}; returns the exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new AthanorCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("ERROR: " + DbCommand.masked(cl, String.valueOf(e.getMessage())));
            cl.getErr().flush();
            return 1;
        });
        commandLine.setParameterExceptionHandler((e, args2) -> {
            CommandLine cl = e.getCommandLine();
            cl.getErr().println("ERROR: " + e.getMessage());
            cl.getErr().println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for usage.");
            cl.getErr().flush();
            return 1;
        });
        int code = commandLine.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
