package org.kompis.reflection;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which prompt a channel gets next. Within a cycle no prompt repeats until the channel has seen every prompt of
 * its library; a new cycle starts after that. Themes alternate: the next theme is never the last one when another
 * has prompts left, and among the rest the one with the most prompts left goes first (then the one least
 * recently used), which is what keeps two prompts of one theme from ending a cycle side by side.
 */
final class Rotation {
    private Rotation() {}

    /** A prompt posted before: its id and theme, and the cycle it was posted in. */
    record Posted(String id, String theme, int cycle) {}

    record Pick(Prompt prompt, int cycle) {}

    /** The next prompt from {@code library} (non-empty, in library order) after {@code history} (oldest first). */
    static Pick next(List<Prompt> library, List<Posted> history) {
        if (library.isEmpty()) {
            throw new IllegalArgumentException("an empty library has no next prompt");
        }
        int cycle = history.isEmpty() ? 0 : history.get(history.size() - 1).cycle();
        Set<String> seen = new HashSet<>();
        history.stream().filter(p -> p.cycle() == cycle).forEach(p -> seen.add(p.id()));
        List<Prompt> left = library.stream().filter(p -> !seen.contains(p.id())).toList();
        int pickCycle = cycle;
        if (left.isEmpty()) {
            pickCycle = cycle + 1;
            left = library;
        }
        String lastTheme =
                history.isEmpty() ? null : history.get(history.size() - 1).theme();
        Map<String, Integer> lastUsed = new HashMap<>();
        for (int i = 0; i < history.size(); i++) {
            lastUsed.put(history.get(i).theme(), i);
        }
        Map<String, List<Prompt>> byTheme = new LinkedHashMap<>();
        for (Prompt p : left) {
            byTheme.computeIfAbsent(p.theme(), t -> new ArrayList<>()).add(p);
        }
        List<String> themes = new ArrayList<>(byTheme.keySet());
        if (themes.size() > 1) {
            themes.remove(lastTheme);
        }
        String theme = themes.stream()
                .min(Comparator.<String>comparingInt(t -> -byTheme.get(t).size())
                        .thenComparingInt(t -> lastUsed.getOrDefault(t, -1)))
                .orElseThrow();
        return new Pick(byTheme.get(theme).get(0), pickCycle);
    }
}
