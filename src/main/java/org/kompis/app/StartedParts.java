package org.kompis.app;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a start has started so far, closed in reverse when a later step fails: a failed start leaves nothing running.
 */
final class StartedParts {
    private static final Logger log = LoggerFactory.getLogger(StartedParts.class);
    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    void add(AutoCloseable part) {
        started.push(part);
    }

    void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                log.warn("A part of a failed start did not stop cleanly", e);
            }
        }
    }
}
