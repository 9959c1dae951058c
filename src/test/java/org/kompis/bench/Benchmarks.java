package org.kompis.bench;

/** {@code mvn -B -Pbench verify} runs every benchmark; {@code -Dbench.main=org.kompis.bench.X} runs one. */
public final class Benchmarks {
    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        AckBenchmark.main(args);
    }
}
