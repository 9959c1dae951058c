package org.kompis.core;

import java.util.function.Supplier;

/**
 * Who does what, decided in the database so that every Kompis process agrees: one holder at a time per key (a
 * review, an exercise's message, a channel's round). A holder that dies leaves its claim to lapse after a lease, so
 * nothing waits forever; the same thread may claim a key it already holds.
 */
public interface Claims {
    /** Runs {@code work} holding the claim on {@code key}; waits while another holds it. */
    <T> T holding(String key, Supplier<T> work);

    default void holding(String key, Runnable work) {
        holding(key, () -> {
            work.run();
            return null;
        });
    }
}
