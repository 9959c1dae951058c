package org.kompis.app;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kompis.core.ConfigException;
import org.kompis.i18n.Lang;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/** The config file, parsed: dotted-path access to its settings, with messages that name the setting and the file. */
record YamlSettings(Map<String, Object> root, Path file) {
    static YamlSettings read(Path file) {
        if (!Files.exists(file)) {
            throw new ConfigException("Config file " + file
                    + " not found: create it (see config/kompis.yaml in the repository) or point KOMPIS_CONFIG at it.");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (parsed == null) {
                return new YamlSettings(Map.of(), file);
            }
            if (!(parsed instanceof Map<?, ?> map)) {
                throw new ConfigException(file + " must be a YAML mapping of settings (key: value).");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> settings = (Map<String, Object>) map;
            return new YamlSettings(settings, file);
        } catch (YAMLException e) {
            String where = e.getMessage() == null
                    ? ""
                    : e.getMessage()
                            .lines()
                            .filter(l -> l.contains("line"))
                            .findFirst()
                            .orElse("")
                            .trim();
            throw new ConfigException(
                    file + " is not valid YAML" + (where.isEmpty() ? "" : " (" + where + ")") + ": fix the syntax.");
        } catch (IOException e) {
            throw new ConfigException("Cannot read " + file + ": " + e.getMessage());
        }
    }

    Object get(String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(part);
        }
        return node;
    }

    String string(String path, String fallback) {
        Object v = get(path);
        return v == null || v.toString().isBlank() ? fallback : v.toString().trim();
    }

    double number(String path, double fallback) {
        Object v = get(path);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Number n && n.doubleValue() >= 0) {
            return n.doubleValue();
        }
        throw new ConfigException(path + " in " + file + " must be a number of zero or more, not '" + v + "'.");
    }

    Lang lang(String path, Lang fallback) {
        Object v = get(path);
        if (v == null) {
            return fallback;
        }
        return Lang.parse(v.toString())
                .orElseThrow(
                        () -> new ConfigException(path + " in " + file + " must be en, nb or sv, not '" + v + "'."));
    }

    ZoneId zone(String path, ZoneId fallback) {
        Object v = get(path);
        if (v == null) {
            return fallback;
        }
        try {
            return ZoneId.of(v.toString().trim());
        } catch (DateTimeException e) {
            throw new ConfigException(
                    path + " in " + file + " must be a time zone such as Europe/Oslo, not '" + v + "'.");
        }
    }

    Set<String> stringSet(String path) {
        Object v = get(path);
        Set<String> out = new LinkedHashSet<>();
        if (v == null) {
            return out;
        }
        if (!(v instanceof List<?> list)) {
            throw new ConfigException(path + " in " + file + " must be a list such as [U012ABCDEF], not '" + v + "'.");
        }
        list.forEach(item -> out.add(String.valueOf(item).trim()));
        return out;
    }
}
