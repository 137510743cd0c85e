package dev.athanor.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Runs {@code src/test/chromium/check.sh} against the running demo when a Chromium binary is installed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "athanor.url=jdbc:h2:mem:bookstore-chromium;DB_CLOSE_DELAY=-1")
class ChromiumPageCheckTests {

    @LocalServerPort
    int port;

    @Test
    void thePageShowsADiagramBoxForEveryTableAndIsScreenshot() throws IOException, InterruptedException {
        Assumptions.assumeTrue(chromiumInstalled(), "no Chromium binary on the PATH");
        Path script = Stream.of("src/test/chromium/check.sh", "demo-app/src/test/chromium/check.sh").map(Path::of)
                .filter(Files::isRegularFile).findFirst().orElseThrow();
        Path out = script.toAbsolutePath().getParent().getParent().getParent().getParent().resolve("target/chromium");
        List<String> command = new ArrayList<>(List.of("sh", script.toString(), "http://localhost:" + port,
                out.toString()));
        command.addAll(BookstoreActuatorTests.TABLES);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("check.sh finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(out.resolve("demo-page.png")).isNotEmptyFile();
    }

    private static boolean chromiumInstalled() {
        if (System.getenv("CHROMIUM") != null) {
            return true;
        }
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator)).map(Path::of)
                .anyMatch(dir -> Stream.of("chromium-headless-shell", "chromium", "chromium-browser")
                        .anyMatch(name -> Files.isExecutable(dir.resolve(name))));
    }
}
