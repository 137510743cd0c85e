package dev.athanor.maven;

import java.io.File;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What every {@code athanor:} goal shares: the options of {@code athanor db} (URL, migrations
 * package, entity packages, directories, version table) and running that command inside a class
 * loader made of the project's runtime classpath. Options left unset fall back as on the command
 * line: {@code ATHANOR_URL}, then the keys the Spring application reads from
 * {@code src/main/resources/application.properties} or {@code application.yml}.
 */
public abstract class AbstractAthanorMojo extends AbstractMojo {
    private static final String COMMAND = "dev.athanor.migrate.cli.AthanorCommand";

    /** The database URL, SQLAlchemy form ({@code postgresql://app@localhost/app}) or {@code jdbc:}. */
    @Parameter(property = "athanor.url")
    String url;

    /** The package of the revision classes (default: {@code athanor.migrations.package}). */
    @Parameter(property = "athanor.package")
    String migrationsPackage;

    /** Packages of mapped entities, compared with the database by autogenerate and check. */
    @Parameter(property = "athanor.entityPackages")
    List<String> entityPackages;

    /** Where the application configuration is read from. */
    @Parameter(property = "athanor.resources", defaultValue = "${project.basedir}/src/main/resources")
    File resources;

    /** Where new revision sources are written. */
    @Parameter(property = "athanor.sourceDir", defaultValue = "${project.build.sourceDirectory}")
    File sourceDir;

    /** The version table. */
    @Parameter(property = "athanor.versionTable")
    String versionTable;

    /** Skips the goal. */
    @Parameter(property = "athanor.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    /** The verb of {@code athanor db} this goal runs, with its own arguments. */
    abstract List<String> commandArguments() throws MojoExecutionException;

    /** Where the command's standard output goes; the build log unless a goal says otherwise. */
    Writer output() throws MojoExecutionException {
        return new LogWriter(getLog()::info);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping (athanor.skip)");
            return;
        }
        List<String> arguments = new ArrayList<>();
        arguments.add("db");
        arguments.addAll(commandArguments());
        arguments.addAll(commonOptions());
        ErrorLines errors = new ErrorLines(getLog());
        int exitCode;
        try (PrintWriter out = new PrintWriter(output(), true); PrintWriter err = new PrintWriter(errors, true)) {
            exitCode = run(arguments, out, err);
        }
        if (exitCode != 0) {
            throw new MojoFailureException(errors.summary());
        }
    }

    private List<String> commonOptions() {
        List<String> options = new ArrayList<>();
        addOption(options, "--url", url);
        addOption(options, "--package", migrationsPackage);
        if (entityPackages != null && !entityPackages.isEmpty()) {
            addOption(options, "--entities", String.join(",", entityPackages));
        }
        addOption(options, "--resources", resources.getPath());
        addOption(options, "--source-dir", sourceDir.getPath());
        addOption(options, "--version-table", versionTable);
        return options;
    }

    static void addOption(List<String> options, String name, String value) {
        if (value != null && !value.isBlank()) {
            options.add(name);
            options.add(value);
        }
    }

    static void addFlag(List<String> options, String name, boolean set) {
        if (set) {
            options.add(name);
        }
    }

    private int run(List<String> arguments, PrintWriter out, PrintWriter err) throws MojoExecutionException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (ProjectClassLoader loader = new ProjectClassLoader(classpath(), getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            Method run = Class.forName(COMMAND, true, loader)
                    .getMethod("run", PrintWriter.class, PrintWriter.class, String[].class);
            return (Integer) run.invoke(null, out, err, arguments.toArray(String[]::new));
        } catch (InvocationTargetException e) {
            throw new MojoExecutionException("athanor db " + arguments.get(1) + " failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new MojoExecutionException("Cannot run " + COMMAND + " on the project's classpath: " + e, e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /**
     * The project's runtime classpath (its classes first), then the plugin's own Athanor, picocli
     * and their dependencies for any the project does not bring itself.
     */
    private URL[] classpath() throws MojoExecutionException {
        Set<URL> urls = new LinkedHashSet<>();
        Set<String> projectArtifacts = new LinkedHashSet<>();
        try {
            for (String element : project.getRuntimeClasspathElements()) {
                urls.add(new File(element).toURI().toURL());
            }
            for (Artifact artifact : project.getArtifacts()) {
                projectArtifacts.add(artifact.getGroupId() + ":" + artifact.getArtifactId());
            }
            for (Artifact artifact : plugin.getArtifacts()) {
                if (!projectArtifacts.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
                    urls.add(artifact.getFile().toURI().toURL());
                }
            }
        } catch (DependencyResolutionRequiredException | MalformedURLException e) {
            throw new MojoExecutionException("Cannot build the project's classpath: " + e.getMessage(), e);
        }
        return urls.toArray(URL[]::new);
    }
}
