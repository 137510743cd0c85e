package dev.athanor.autoconfigure.test;

import org.springframework.stereotype.Service;

/** An application component that an {@code @AthanorTest} leaves out. */
@Service
public class GreetingService {
}
