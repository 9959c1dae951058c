package org.kompis.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.kompis.lessons.RelevanceSet;

/** Prints recall@5 and MRR per category of the lessons relevance set, and the queries that missed. */
public final class RelevanceBenchmark {
    private RelevanceBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "bench", "relevance-" + System.nanoTime()));
        var scores = RelevanceSet.measure(dir);
        System.out.println();
        System.out.println("| category | queries | recall@5 | MRR |\n|---|---:|---:|---:|");
        scores.forEach(s -> System.out.println(s.row()));
        System.out.println();
        scores.stream()
                .filter(s -> !s.category().equals("all"))
                .forEach(s -> s.misses().forEach(m -> System.out.println("miss (" + s.category() + "): " + m)));
    }
}
