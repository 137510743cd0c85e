package dev.athanor.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The user guide in {@code docs/} shows code copied from tested examples; this fails when a page's
 * block no longer matches its example, naming the page and line and giving the block to paste.
 */
class GuideSnippetsTest {

    @Test
    void everyGuideSnippetMatchesItsTestedExample() {
        Path root = repositoryRoot();
        Path docs = root.resolve("docs");
        assertThat(docs).as("the user guide directory").isDirectory();
        List<String> problems = new GuideSnippets(root).problems(docs);
        assertThat(problems).as("stale or broken guide snippets:\n" + String.join("\n\n", problems)).isEmpty();
    }

    @Test
    void aStaleBlockIsReportedWithItsPageLineAndTheBlockToPaste(@TempDir Path root) throws IOException {
        write(root, "src/Example.java", """
                class Example {
                    void run() {
                        // tag::greet[]
                        String name = "Ann";
                        if (name != null) {
                            // tag::inner[]
                            System.out.println(name);
                            // end::inner[]
                        }
                        // end::greet[]
                    }
                }
                """);
        write(root, "docs/page.md", """
                # Page
                <!-- snippet: src/Example.java#greet -->
                ```java
                String name = "Bob";
                ```
                <!-- snippet: src/Example.java#inner -->
                ```java
                System.out.println(name);
                ```
                """);
        assertThat(new GuideSnippets(root).problems(root.resolve("docs"))).containsExactly("""
                docs/page.md:2: snippet src/Example.java#greet differs from the tested example; replace the block with:
                ```java
                String name = "Ann";
                if (name != null) {
                    System.out.println(name);
                }
                ```""");
    }

    @Test
    void aMarkerNamingAMissingFileOrTagOrWithoutABlockIsReported(@TempDir Path root) throws IOException {
        write(root, "src/Example.java", "// tag::open[]\nint x;\n");
        write(root, "docs/page.md", """
                <!-- snippet: src/Missing.java#a -->
                ```java
                ```
                <!-- snippet: src/Example.java#absent -->
                <!-- snippet: src/Example.java#open -->
                ```java
                int x;
                ```
                """);
        write(root, "docs/other.md", "<!-- snippet: src/Example.java#open -->\ntext\n");
        write(root, "src/Closed.java", "// tag::t[]\nint y;\n// end::t[]\n");
        write(root, "docs/third.md", "<!-- snippet: src/Closed.java#t -->\nint y;\n");
        assertThat(new GuideSnippets(root).problems(root.resolve("docs"))).containsExactly(
                "docs/other.md:1: snippet src/Example.java#open names a tag that src/Example.java does not have"
                        + " (or does not close): expected lines '// tag::open[]' and '// end::open[]'",
                "docs/page.md:1: snippet src/Missing.java#a names a file that does not exist",
                "docs/page.md:4: snippet src/Example.java#absent names a tag that src/Example.java does not have"
                        + " (or does not close): expected lines '// tag::absent[]' and '// end::absent[]'",
                "docs/page.md:5: snippet src/Example.java#open names a tag that src/Example.java does not have"
                        + " (or does not close): expected lines '// tag::open[]' and '// end::open[]'",
                "docs/third.md:1: snippet src/Closed.java#t is not followed on the next line by a closed ```java block");
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** The checkout's root: the nearest directory up from here holding the orm-engine module. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("orm-engine")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a directory with pom.xml and orm-engine/) above "
                + Path.of("").toAbsolutePath());
    }
}
