package dev.athanor.autoconfigure.test;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application the {@code @AthanorTest} tests slice; its component scan covers this package. */
@SpringBootApplication
public class SliceTestApplication {
}
