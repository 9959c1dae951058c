package org.kompis.pairing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import org.kompis.i18n.Lang;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conversation starters for an intro, from the reflection prompt library ({@code prompts/<lang>.txt},
 * {@code theme|id|text} a line), keeping the themes that suit two colleagues talking: learning from others, on the
 * job, feedback and mistakes. The same round and group always get the same starter.
 */
final class Starters {
    static final Set<String> THEMES = Set.of("from_others", "on_the_job", "feedback", "mistakes");
    private static final Logger log = LoggerFactory.getLogger(Starters.class);

    private final List<Path> folders;
    private final Map<Lang, List<String>> cache = new ConcurrentHashMap<>();

    /**
     * Looks in {@code prompts} beside the config file first (the shipped layout: {@code config/kompis.yaml} and
     * {@code config/prompts/}), then in {@code config/prompts} beside that folder, then in the working directory's.
     */
    Starters(Path configFile) {
        List<Path> candidates = new ArrayList<>();
        Path parent = configFile == null ? null : configFile.toAbsolutePath().getParent();
        if (parent != null) {
            candidates.add(parent.resolve("prompts"));
            if (parent.getParent() != null) {
                candidates.add(parent.getParent().resolve("config").resolve("prompts"));
            }
        }
        candidates.add(Path.of("config", "prompts"));
        this.folders = List.copyOf(candidates);
    }

    /** A starter for group {@code groupNo} of round {@code roundId}, or null when no library is found. */
    String pick(Lang lang, long roundId, int groupNo) {
        List<String> texts = cache.computeIfAbsent(lang, this::load);
        if (texts.isEmpty()) {
            return null;
        }
        // Seeded per round so the groups of one round get different starters, and a resent intro the same one.
        int offset = new SplittableRandom(roundId * 7919L).nextInt(texts.size());
        return texts.get(Math.floorMod(offset + groupNo, texts.size()));
    }

    private List<String> load(Lang lang) {
        for (Path folder : folders) {
            Path file = folder.resolve(lang.code() + ".txt");
            if (Files.isRegularFile(file)) {
                try {
                    return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    log.warn("Could not read the prompt library {}", file, e);
                }
            }
        }
        log.info("No prompt library for {} in {}: intros go without a starter", lang.code(), folders);
        return List.of();
    }

    static List<String> parse(List<String> lines) {
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\|", 3);
            if (parts.length == 3 && THEMES.contains(parts[0].strip()) && !parts[2].isBlank()) {
                out.add(parts[2].strip());
            }
        }
        return List.copyOf(out);
    }
}
