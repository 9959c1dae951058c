package org.kompis.reflection;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.kompis.core.ConfigException;
import org.kompis.i18n.Lang;

/**
 * The built-in prompts, one file per language ({@code <theme>|<id>|<text>} a line, {@code #} comments). Ids are
 * the same in every language, so a channel that changes language keeps its place in the rotation.
 */
public final class PromptLibrary {
    private final Map<Lang, List<Prompt>> prompts;
    private final List<String> themes;

    private PromptLibrary(Map<Lang, List<Prompt>> prompts, List<String> themes) {
        this.prompts = prompts;
        this.themes = themes;
    }

    /**
     * Where the prompt files are: {@code prompts/} next to the config file, as deployed; when that does not exist
     * (tests write their config to a temp folder), {@code config/prompts} under the working directory.
     */
    public static Path folder(Path configFile) {
        Path parent = configFile == null ? null : configFile.toAbsolutePath().getParent();
        Path beside = parent == null ? null : parent.resolve("prompts");
        return beside != null && Files.isDirectory(beside) ? beside : Path.of("config", "prompts");
    }

    public static PromptLibrary load(Path dir) {
        Map<Lang, List<Prompt>> all = new EnumMap<>(Lang.class);
        for (Lang lang : Lang.values()) {
            all.put(lang, read(dir.resolve(lang.code() + ".txt")));
        }
        LinkedHashSet<String> themes = new LinkedHashSet<>();
        all.get(Lang.EN).forEach(p -> themes.add(p.theme()));
        return new PromptLibrary(all, List.copyOf(themes));
    }

    private static List<Prompt> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("Cannot read the reflection prompts in " + file.toAbsolutePath()
                    + ": put prompts/en.txt, nb.txt and sv.txt next to the config file (see config/prompts "
                    + "in the repository).");
        }
        List<Prompt> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\\|", -1);
            if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || f[2].isBlank()) {
                throw new ConfigException(
                        file + " line " + (i + 1) + " must be <theme>|<id>|<prompt text>, not: " + line);
            }
            out.add(new Prompt(f[1].strip(), f[0].strip(), f[2].strip()));
        }
        if (out.isEmpty()) {
            throw new ConfigException(file + " has no prompts: add lines of the form <theme>|<id>|<prompt text>.");
        }
        return List.copyOf(out);
    }

    /** The prompts in {@code lang}, in file order. */
    public List<Prompt> prompts(Lang lang) {
        return prompts.get(lang);
    }

    /** The theme tags in the order the English file first uses them. */
    public List<String> themes() {
        return themes;
    }
}
