package dev.athanor.autoconfigure.migrate;

import dev.athanor.autoconfigure.migrate.AthanorMigrationsProperties.MigrationCommand;
import dev.athanor.exc.AthanorException;
import dev.athanor.migrate.MigrationCommands;
import dev.athanor.migrate.RevisionInfo;
import dev.athanor.migrate.runtime.MigrationRun;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;

/**
 * Runs {@code athanor.migrations.command}, prints its result, closes the application and exits
 * with 0 (done) or 1 (failed), so a release pipeline migrates with the application's own jar:
 * {@code java -jar app.jar --athanor.migrations.command=upgrade --spring.main.web-application-type=none}.
 * It runs before the application's own runners (a sample-data loader, say), which never run.
 */
public class AthanorMigrationCommandRunner implements ApplicationRunner, ExitCodeGenerator, Ordered {
    private final MigrationCommands commands;
    private final MigrationCommand command;
    private final String target;
    private final ApplicationContext context;
    private final PrintStream out;
    private final IntConsumer exit;
    private volatile int exitCode;

    AthanorMigrationCommandRunner(MigrationCommands commands, AthanorMigrationsProperties properties,
                                  ApplicationContext context, PrintStream out, IntConsumer exit) {
        this.commands = commands;
        this.command = properties.getCommand();
        this.target = properties.getCommandTarget();
        this.context = context;
        this.out = out;
        this.exit = exit;
    }

    @Override
    public void run(ApplicationArguments args) {
        String name = command.name().toLowerCase(Locale.ROOT);
        try {
            output().forEach(out::println);
            exitCode = 0;
        } catch (AthanorException | IllegalArgumentException e) {
            out.println("athanor.migrations.command=" + name + " failed: " + e.getMessage());
            exitCode = 1;
        }
        exit.accept(SpringApplication.exit(context, this));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

    /** The command's result, one line each, as Alembic's command line prints it. */
    List<String> output() {
        return switch (command) {
            case UPGRADE -> describe(commands.upgrade(target == null ? "head" : target));
            case DOWNGRADE -> describe(commands.downgrade(required("downgrade", "-1 or base")));
            case STAMP -> describe(commands.stamp(required("stamp", "head or a revision id"), false));
            case CURRENT -> lines(commands.current(), "(none: the database is at base)");
            case HISTORY -> lines(commands.history(target, true), "(no revisions)");
            case HEADS -> lines(commands.heads(), "(no revisions)");
        };
    }

    private String required(String name, String example) {
        if (target == null) {
            throw new IllegalArgumentException("athanor.migrations.command=" + name + " needs"
                    + " athanor.migrations.command-target, e.g. " + example);
        }
        return target;
    }

    private static List<String> describe(MigrationRun run) {
        String after = run.headsAfter().isEmpty() ? "base" : String.join(", ", run.headsAfter().stream().sorted().toList());
        List<String> lines = new ArrayList<>(run.steps().stream().map(Object::toString).toList());
        lines.add("Database is at " + after + (run.steps().isEmpty() ? " (nothing to run)" : ""));
        return lines;
    }

    private static List<String> lines(List<RevisionInfo> revisions, String none) {
        return revisions.isEmpty() ? List.of(none) : revisions.stream().map(r -> r.format(false)).toList();
    }
}
