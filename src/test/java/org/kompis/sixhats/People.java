package org.kompis.sixhats;

import java.util.List;
import java.util.stream.IntStream;

/** Slack-like user ids for tests. */
final class People {
    private People() {}

    static List<String> of(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "U%03d".formatted(i)).toList();
    }
}
