package org.kompis.lessons.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a text means to search: its words as written ({@link Field#exact}, in order) and what else each word can be
 * found by ({@link Field#derived}: folded stems, the spelling without Nordic letters, the parts of a compound and
 * their stems). A query word is analysed the same way ({@link #word}), so a word meets its other inflections, its
 * compound parts and its neighbour-language twin through shared derived terms, while the exact form still ranks
 * first. Raise {@link #VERSION} whenever the output changes: stored lessons are then analysed again at start.
 */
public final class Analysis {
    public static final int VERSION = 1;
    private static final int CACHE = 200_000;
    private static final Analysis SHARED = new Analysis(Decompounder.shipped());

    /** A field's words as written, in order, and the other terms they can be found by (none of the words). */
    public record Field(List<String> exact, Set<String> derived) {}

    /**
     * One query word: the forms that find it (itself first), and, for a compound, its parts, each with the forms that
     * find that part; a lesson holding every part matches too.
     */
    public record Word(String exact, Set<String> forms, List<Set<String>> parts) {}

    private record Entry(Set<String> derived, Word word) {}

    private final Decompounder decompounder;
    // Text follows Zipf's law: a few thousand words make up most of it, so analysing each once pays.
    private final Map<String, Entry> cache = new ConcurrentHashMap<>();

    Analysis(Decompounder decompounder) {
        this.decompounder = decompounder;
    }

    public static Analysis shared() {
        return SHARED;
    }

    public Field field(String text) {
        List<String> exact = Words.of(text);
        Set<String> derived = new LinkedHashSet<>();
        for (String w : exact) {
            derived.addAll(entry(w).derived());
        }
        // A HashSet: removeAll with the list itself would compare every derived term with every word.
        derived.removeAll(new HashSet<>(exact));
        return new Field(exact, derived);
    }

    /** A normalised word (one of {@link Words#of}) as a query word. */
    public Word word(String exact) {
        return entry(exact).word();
    }

    private Entry entry(String w) {
        Entry e = cache.get(w);
        if (e == null) {
            e = analyse(w);
            if (cache.size() >= CACHE) {
                cache.clear();
            }
            cache.put(w, e);
        }
        return e;
    }

    private Entry analyse(String w) {
        Set<String> forms = new LinkedHashSet<>();
        forms.add(w);
        forms.addAll(Stems.of(w));
        forms.add(Words.ascii(w));
        Set<String> derived = new LinkedHashSet<>(forms);
        List<Set<String>> parts = new ArrayList<>();
        for (String p : decompounder.parts(w)) {
            Set<String> partForms = new LinkedHashSet<>();
            partForms.add(p);
            partForms.addAll(Stems.of(p));
            parts.add(Collections.unmodifiableSet(partForms));
            derived.addAll(partForms);
        }
        derived.remove(w);
        return new Entry(Set.copyOf(derived), new Word(w, Collections.unmodifiableSet(forms), List.copyOf(parts)));
    }
}
