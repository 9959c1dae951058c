package org.kompis.sixhats;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;

/**
 * The summary of a finished exercise: the keywords grouped by hat in canonical order, then the conclusion. A long
 * one is split over several sections and, past Slack's per-message limits, over several messages in the thread.
 */
final class Summary {
    /** Slack's own limit is 50 blocks; "too long" errors are seen from about 13,000 characters. */
    static final int BLOCKS_PER_MESSAGE = 45;

    static final int CHARS_PER_MESSAGE = 11_000;
    private static final int LINE_MAX = 2800;

    private Summary() {}

    /** Each contribution cut into its lines: one keyword or thought per line, as the modal asks. */
    static Map<Hat, List<String>> keywords(List<Contribution> contributions) {
        Map<Hat, List<String>> byHat = new EnumMap<>(Hat.class);
        Hat.canonical().forEach(h -> byHat.put(h, new ArrayList<>()));
        for (Contribution c : contributions) {
            c.text().lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(byHat.get(c.hatValue())::add);
        }
        return byHat;
    }

    /** The same as plain text, for the lessons library. */
    static String text(Texts t, Map<Hat, List<String>> keywords) {
        StringBuilder out = new StringBuilder();
        for (Hat hat : Hat.canonical()) {
            out.append(t.t(hat.nameKey())).append(":\n");
            keywords.get(hat).forEach(k -> out.append("- ").append(k).append('\n'));
            out.append('\n');
        }
        return out.toString().trim();
    }

    static List<List<LayoutBlock>> messages(Texts t, Exercise e, Map<Hat, List<String>> keywords, int people) {
        List<String> sections = new ArrayList<>();
        for (Hat hat : Hat.canonical()) {
            StringBuilder s = new StringBuilder(hat.emoji())
                    .append(" *")
                    .append(t.t(hat.nameKey()))
                    .append('*');
            if (keywords.get(hat).isEmpty()) {
                s.append('\n').append(t.t("sixhats.summary.none"));
            }
            for (String k : keywords.get(hat)) {
                String bullet = "\n• " + escapeWithin(k, LINE_MAX);
                if (s.length() + bullet.length() > Blocks.MAX_SECTION_TEXT) {
                    sections.add(s.toString());
                    s.setLength(0);
                    bullet = bullet.substring(1);
                }
                s.append(bullet);
            }
            sections.add(s.toString());
        }
        List<LayoutBlock> blocks = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        add(blocks, sizes, Blocks.header(t.t("sixhats.summary.title")), 60);
        add(
                blocks,
                sizes,
                Blocks.section(t.t("sixhats.root.topic", Mrkdwn.escape(e.topic()))),
                e.topic().length() + 20);
        sections.forEach(s -> add(blocks, sizes, Blocks.section(s), s.length()));
        add(blocks, sizes, Blocks.divider(), 0);
        String decide = Hat.BLUE.emoji() + " *" + t.t("sixhats.summary.conclusion") + "*\n"
                + t.t("sixhats.summary.decide") + "\n" + escapeWithin(e.conclusionDecide(), 2800);
        add(blocks, sizes, Blocks.section(decide), decide.length());
        if (e.conclusionNext() != null && !e.conclusionNext().isBlank()) {
            String next = t.t("sixhats.summary.next") + "\n" + escapeWithin(e.conclusionNext(), 2800);
            add(blocks, sizes, Blocks.section(next), next.length());
        }
        add(blocks, sizes, Blocks.context(t.t("sixhats.summary.people", people)), 40);
        return split(blocks, sizes);
    }

    /**
     * Escapes {@code text} and cuts it so that the escaped text, not the typed one, fits in {@code max}: an
     * ampersand becomes five characters, so a cut before escaping could still overflow a section.
     */
    static String escapeWithin(String text, int max) {
        String escaped = Mrkdwn.escape(text);
        if (escaped.length() <= max) {
            return escaped;
        }
        StringBuilder out = new StringBuilder();
        for (int cp : text.codePoints().toArray()) {
            String next = Mrkdwn.escape(new String(Character.toChars(cp)));
            if (out.length() + next.length() > max - 1) {
                break;
            }
            out.append(next);
        }
        return out.append('…').toString();
    }

    private static void add(List<LayoutBlock> blocks, List<Integer> sizes, LayoutBlock block, int size) {
        blocks.add(block);
        sizes.add(Math.min(size, Blocks.MAX_SECTION_TEXT));
    }

    private static List<List<LayoutBlock>> split(List<LayoutBlock> blocks, List<Integer> sizes) {
        List<List<LayoutBlock>> messages = new ArrayList<>();
        List<LayoutBlock> current = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < blocks.size(); i++) {
            if (!current.isEmpty()
                    && (current.size() >= BLOCKS_PER_MESSAGE || chars + sizes.get(i) > CHARS_PER_MESSAGE)) {
                messages.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(blocks.get(i));
            chars += sizes.get(i);
        }
        messages.add(current);
        return messages;
    }
}
