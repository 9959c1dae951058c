package org.kompis.reliability;

import java.util.function.Supplier;

/** Waits up to 5 s for a value that is not null (a row a worker writes after the ack). */
final class Eventual {
    private Eventual() {}

    static <T> T value(Supplier<T> read) {
        long deadline = System.currentTimeMillis() + 5000;
        while (System.currentTimeMillis() < deadline) {
            T v = read.get();
            if (v != null) {
                return v;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("nothing arrived in 5 s");
    }
}
