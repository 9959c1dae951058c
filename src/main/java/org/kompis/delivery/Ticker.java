package org.kompis.delivery;

/**
 * Monotonic time for pacing, in nanoseconds. Rate limits are about real seconds on the wire, so they follow this
 * rather than the wall clock (which may jump, or stand still in tests); tests inject a fake one with the sleeper.
 */
@FunctionalInterface
public interface Ticker {
    long nanos();

    Ticker SYSTEM = System::nanoTime;
}
