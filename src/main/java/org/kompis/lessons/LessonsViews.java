package org.kompis.lessons;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.kompis.core.LessonSource;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/** Block Kit for lessons in messages: search results, one lesson, a shared lesson, the guide. */
final class LessonsViews {
    static final String SHARE = "lessons_share";
    static final String MORE = "lessons_more";
    static final String ADD_OPEN = "lessons_add_open";
    static final int PAGE = 5;
    static final int SHOWN_CHARS = 500;
    /** What a "More" button carries of the query: Slack allows 2,000 characters in a button's value. */
    static final int MAX_CARRIED = 1500;

    private static final Map<LessonSource, String> EMOJI = Map.of(
            LessonSource.REFLECTION,
            ":thought_balloon:",
            LessonSource.AAR,
            ":arrows_counterclockwise:",
            LessonSource.SIXHATS,
            ":tophat:",
            LessonSource.PAIRS,
            ":handshake:",
            LessonSource.MANUAL,
            ":memo:");

    private final LessonsCore core;

    LessonsViews(LessonsCore core) {
        this.core = core;
    }

    /** A page of results: one section per lesson with its "Share in channel" button, then "More" if there is more. */
    List<LayoutBlock> results(String team, Texts t, String typed, Page page, int offset) {
        List<LayoutBlock> blocks = new ArrayList<>();
        String shownQuery = Mrkdwn.escape(plain(team, typed), 200);
        if (page.lessons().isEmpty()) {
            blocks.add(Blocks.section(
                    offset == 0 ? t.t("lessons.results.none", shownQuery) : t.t("lessons.results.no_more")));
            if (offset == 0 && !page.suggestions().isEmpty()) {
                blocks.add(Blocks.section(t.t("lessons.results.suggest", words(page.suggestions()))));
            }
            blocks.add(Blocks.section(t.t("lessons.filters")));
            blocks.add(Blocks.context(t.t("lessons.filters.example")));
            return blocks;
        }
        blocks.add(Blocks.section(t.t(
                "lessons.results.title",
                shownQuery.isEmpty() ? "…" : shownQuery,
                offset + 1,
                offset + page.lessons().size())));
        blocks.addAll(notes(t, page));
        for (Lesson l : page.lessons()) {
            blocks.add(Blocks.divider());
            blocks.addAll(lesson(team, l, t, Blocks.button(SHARE, t.t("lessons.share"), String.valueOf(l.id()))));
        }
        blocks.add(Blocks.divider());
        if (page.more()) {
            blocks.add(Blocks.actions(
                    "lessons_more",
                    Blocks.button(
                            MORE, t.t("lessons.more"), page.nextOffset() + "|" + Blocks.cut(typed, MAX_CARRIED))));
        }
        blocks.add(Blocks.context(t.t("lessons.results.hint")));
        return blocks;
    }

    /** The ephemeral message's fallback text (notifications, screen readers). */
    String resultsText(String team, Texts t, String typed) {
        return t.t("lessons.results.text", Mrkdwn.escape(plain(team, typed), 200));
    }

    /** What a page found instead of what was asked: some of the words only, or corrected words. */
    static List<LayoutBlock> notes(Texts t, Page page) {
        List<LayoutBlock> notes = new ArrayList<>();
        if (page.corrected() != null) {
            notes.add(Blocks.context(t.t("lessons.results.corrected", Mrkdwn.escape(page.corrected(), 200))));
        }
        if (page.partial()) {
            notes.add(Blocks.context(t.t("lessons.results.partial")));
        }
        return notes;
    }

    private static String words(List<String> words) {
        return String.join(
                ", ", words.stream().map(w -> "`" + Mrkdwn.escape(w, 60) + "`").toList());
    }

    /** The query as people read it: channels and people by name, not Slack's {@code <#C123|name>} escapes. */
    String plain(String team, String typed) {
        return PlainQuery.of(typed, id -> core.channelName(team, id), id -> core.personName(team, id));
    }

    /** One lesson: topic in bold, the text (escaped, cut), and a context line with where it came from. */
    List<LayoutBlock> lesson(String team, Lesson l, Texts t, BlockElement accessory) {
        String body = body(l, t, SHOWN_CHARS);
        return List.of(
                accessory == null ? Blocks.section(body) : Blocks.section(body, accessory),
                Blocks.context(origin(team, l, t)));
    }

    String body(Lesson l, Texts t, int max) {
        StringBuilder sb = new StringBuilder();
        if (l.topic() != null) {
            sb.append('*').append(Mrkdwn.escape(l.topic(), 150)).append("*\n");
        }
        if (l.mistake()) {
            sb.append(":seedling: _").append(t.t("lessons.mistake")).append("_\n");
        }
        return sb.append(Mrkdwn.escape(l.text(), max)).toString();
    }

    /** Source, channel, date, author (or "anonymous") and a link to where it was said. */
    String origin(String team, Lesson l, Texts t) {
        List<String> parts = new ArrayList<>();
        parts.add(source(t, l.source()));
        if (l.channelId() != null) {
            parts.add(Mrkdwn.channel(l.channelId()));
        }
        parts.add(core.date(t, l.createdAt()));
        parts.add(t.t("lessons.by", core.author(team, l, t)));
        if (l.permalink() != null) {
            parts.add("<" + l.permalink() + "|" + t.t("lessons.open") + ">");
        }
        return String.join("  ·  ", parts);
    }

    static String source(Texts t, LessonSource s) {
        return EMOJI.get(s) + " " + t.t("lessons.source." + s.code());
    }

    /** A lesson someone shared into a channel, in the channel's language, saying who shared it and who wrote it. */
    List<LayoutBlock> shared(String team, Lesson l, Texts t, String sharer) {
        return List.of(
                Blocks.context(t.t("lessons.shared.by", core.name(team, sharer, t))),
                Blocks.section(body(l, t, 2500)),
                Blocks.context(origin(team, l, t)));
    }

    /** {@code /lessons} alone: how to search, with an example, and a button to write one. */
    static List<LayoutBlock> guide(Texts t) {
        return List.of(
                Blocks.header(t.t("lessons.guide.title")),
                Blocks.section(t.t("lessons.guide.intro")),
                Blocks.section(t.t("lessons.filters")),
                Blocks.context(t.t("lessons.filters.example")),
                Blocks.actions("lessons_guide", Blocks.primary(ADD_OPEN, t.t("lessons.add.button"), "add")));
    }
}
