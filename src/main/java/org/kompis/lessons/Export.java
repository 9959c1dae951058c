package org.kompis.lessons;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.kompis.core.CommandCall;
import org.kompis.core.Csv;
import org.kompis.i18n.Texts;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /lessons export} (managers): the lessons of every channel the manager is in, as CSV (for a spreadsheet)
 * and Markdown (to read or paste into a wiki), uploaded to the manager's DM. Lessons private to their author are
 * left out; anonymous ones say "anonymous".
 */
final class Export {
    private static final Logger log = LoggerFactory.getLogger(Export.class);
    static final List<String> COLUMNS = List.of(
            "id",
            "created",
            "source",
            "channel",
            "topic",
            "text",
            "tags",
            "category",
            "mistake",
            "visibility",
            "author",
            "link");

    private final LessonsCore core;

    Export(LessonsCore core) {
        this.core = core;
    }

    void command(CommandCall call) {
        if (!call.requireManager()) {
            return;
        }
        String team = call.teamId();
        try {
            List<String> channels = core.kit.directory().userChannels(team, call.userId());
            List<Lesson> lessons = channels.isEmpty() ? List.of() : core.store().exportChannels(team, channels);
            if (lessons.isEmpty()) {
                call.reply(call.t("lessons.export.none"));
                return;
            }
            Texts t = call.texts();
            Names names = new Names(team, t.t("lessons.anonymous"));
            String day = LocalDate.ofInstant(core.kit.clock().instant(), zone()).toString();
            String dm = core.slack(team).openConversation(List.of(call.userId()));
            core.slack(team)
                    .uploadFile(
                            dm,
                            "kompis-lessons-" + day + ".csv",
                            t.t("lessons.export.csv.title"),
                            csv(lessons, names),
                            t.t("lessons.export.comment", lessons.size()));
            core.slack(team)
                    .uploadFile(
                            dm,
                            "kompis-lessons-" + day + ".md",
                            t.t("lessons.export.md.title"),
                            markdown(t, lessons, names, day),
                            null);
            long from = lessons.stream().map(Lesson::channelId).distinct().count();
            call.reply(call.t("lessons.export.sent", lessons.size(), from));
        } catch (SlackCallException e) {
            log.warn("A lessons export failed: {}", e.error());
            call.reply(call.t("lessons.export.failed"));
        }
    }

    private ZoneId zone() {
        return core.kit.config().defaultTimeZone();
    }

    String csv(List<Lesson> lessons, Names names) {
        // A byte-order mark, so a spreadsheet reads æ, ø, å and ä, ö as UTF-8.
        StringBuilder sb = new StringBuilder("\uFEFF").append(Csv.row(COLUMNS));
        for (Lesson l : lessons) {
            sb.append(Csv.row(List.of(
                    String.valueOf(l.id()),
                    Instant.ofEpochMilli(l.createdAt())
                            .atZone(zone())
                            .toLocalDateTime()
                            .withNano(0)
                            .toString(),
                    l.source().code(),
                    names.channel(l.channelId()),
                    nullToEmpty(l.topic()),
                    l.text(),
                    l.tags(),
                    l.category() == null ? "" : l.category().name().toLowerCase(Locale.ROOT),
                    l.mistake() ? "yes" : "",
                    l.visibility().name().toLowerCase(Locale.ROOT),
                    names.author(l),
                    nullToEmpty(l.permalink()))));
        }
        return sb.toString();
    }

    String markdown(Texts t, List<Lesson> lessons, Names names, String day) {
        Map<String, List<Lesson>> byChannel = new LinkedHashMap<>();
        lessons.forEach(l ->
                byChannel.computeIfAbsent(l.channelId(), c -> new ArrayList<>()).add(l));
        StringBuilder sb = new StringBuilder("# ")
                .append(t.t("lessons.export.md.title"))
                .append("\n\n")
                .append(t.t("lessons.export.md.intro", lessons.size(), day))
                .append("\n");
        byChannel.forEach((channel, group) -> {
            sb.append("\n## #").append(names.channel(channel)).append("\n");
            for (Lesson l : group) {
                sb.append("\n### ")
                        .append(l.topic() != null ? oneLine(l.topic()) : t.t("lessons.export.md.untitled"))
                        .append("\n\n");
                if (l.mistake()) {
                    sb.append("*").append(t.t("lessons.mistake")).append("*\n\n");
                }
                for (String line : l.text().split("\\R")) {
                    sb.append("> ").append(line).append('\n');
                }
                sb.append("\n")
                        .append(t.t("lessons.source." + l.source().code()))
                        .append(" · ")
                        .append(core.date(t, l.createdAt()))
                        .append(" · ")
                        .append(t.t("lessons.by", names.author(l)));
                if (!l.tags().isEmpty()) {
                    sb.append(" · #").append(String.join(" #", l.tagList()));
                }
                if (l.permalink() != null) {
                    sb.append(" · [")
                            .append(t.t("lessons.open"))
                            .append("](")
                            .append(l.permalink())
                            .append(')');
                }
                sb.append('\n');
            }
        });
        return sb.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** Names as plain text (files are not mrkdwn), looked up once per person and channel. */
    final class Names {
        private final String team;
        private final String anonymous;
        private final Map<String, String> cache = new HashMap<>();

        Names(String team, String anonymous) {
            this.team = team;
            this.anonymous = anonymous;
        }

        String author(Lesson l) {
            if (l.anonymous()) {
                return anonymous;
            }
            return l.writers().stream()
                    .map(user -> cache.computeIfAbsent(
                            "u/" + user, k -> core.kit.directory().plainName(team, user)))
                    .distinct()
                    .collect(Collectors.joining(", "));
        }

        String channel(String id) {
            if (id == null) {
                return "";
            }
            return cache.computeIfAbsent("c/" + id, k -> {
                try {
                    return core.kit.directory().channel(team, id).name();
                } catch (SlackCallException e) {
                    return id;
                }
            });
        }
    }
}
