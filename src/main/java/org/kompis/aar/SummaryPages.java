package org.kompis.aar;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.kompis.slack.Blocks;

/**
 * Lays a long summary out within Slack's limits: no section over 3,000 characters (bullets are never split), no
 * message over 50 blocks or about 11,000 characters (Slack refuses much larger ones), as many messages as needed.
 */
public final class SummaryPages {
    public static final int SECTION_CHARS = Blocks.MAX_SECTION_TEXT;
    public static final int MESSAGE_CHARS = 11_000;
    public static final int MESSAGE_BLOCKS = Blocks.MAX_MESSAGE_BLOCKS;

    /** One part of the summary: a bold heading (or null) and its lines, already mrkdwn-safe. */
    public record Part(String heading, List<String> lines) {}

    private SummaryPages() {}

    /** The messages to post: the first opens with {@code header}, later ones with {@code continued}. */
    public static List<List<LayoutBlock>> pack(String header, String continued, List<Part> parts) {
        List<String> sections = new ArrayList<>();
        for (Part part : parts) {
            sections.addAll(sections(part));
        }
        List<List<LayoutBlock>> pages = new ArrayList<>();
        List<LayoutBlock> page = new ArrayList<>(List.of(Blocks.header(header)));
        int chars = header.length();
        for (String section : sections) {
            if (page.size() + 1 > MESSAGE_BLOCKS || chars + section.length() > MESSAGE_CHARS) {
                pages.add(page);
                page = new ArrayList<>(List.of(Blocks.context(continued)));
                chars = continued.length();
            }
            page.add(Blocks.section(section));
            chars += section.length();
        }
        pages.add(page);
        return pages;
    }

    static List<String> sections(Part part) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder(part.heading() == null ? "" : "*" + part.heading() + "*");
        for (String raw : part.lines()) {
            String line = Blocks.cut(raw, SECTION_CHARS - 200);
            if (current.length() > 0 && current.length() + 1 + line.length() > SECTION_CHARS) {
                out.add(current.toString());
                current = new StringBuilder();
            }
            current.append(current.length() == 0 ? "" : "\n").append(line);
        }
        if (current.length() > 0) {
            out.add(current.toString());
        }
        return out;
    }
}
