package org.kompis.insights;

import java.util.HashSet;
import java.util.Set;

/**
 * Counts the people behind a figure: each named person once, and each anonymous contribution as one more person
 * (there is no id to tell two of them apart).
 */
final class People {
    private final Set<String> named = new HashSet<>();
    private int anonymous;

    void add(String userId) {
        if (userId == null || userId.isBlank()) {
            anonymous++;
        } else {
            named.add(userId);
        }
    }

    void addAll(String spaceSeparatedIds) {
        if (spaceSeparatedIds != null) {
            for (String id : spaceSeparatedIds.trim().split("\\s+")) {
                if (!id.isEmpty()) {
                    named.add(id);
                }
            }
        }
    }

    int count() {
        return named.size() + anonymous;
    }
}
