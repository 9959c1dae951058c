package org.kompis.slack;

import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;

/**
 * Short hands over the SDK's typed Block Kit builders that also keep Slack's limits: a section's text is cut to
 * 3,000 characters, a header to 150, a button's label to 75, so a long answer can never make Slack refuse a post.
 */
public final class Blocks {
    public static final int MAX_MESSAGE_BLOCKS = 50;
    public static final int MAX_SECTION_TEXT = 3000;

    private Blocks() {}

    public static HeaderBlock header(String text) {
        return HeaderBlock.builder().text(plainText(cut(text, 150))).build();
    }

    public static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder()
                .text(markdownText(cut(mrkdwn, MAX_SECTION_TEXT)))
                .build();
    }

    public static SectionBlock section(String mrkdwn, BlockElement accessory) {
        return SectionBlock.builder()
                .text(markdownText(cut(mrkdwn, MAX_SECTION_TEXT)))
                .accessory(accessory)
                .build();
    }

    public static ContextBlock context(String mrkdwn) {
        List<ContextBlockElement> elements = List.of(markdownText(cut(mrkdwn, 3000)));
        return ContextBlock.builder().elements(elements).build();
    }

    public static DividerBlock divider() {
        return DividerBlock.builder().build();
    }

    public static ActionsBlock actions(String blockId, BlockElement... elements) {
        return ActionsBlock.builder()
                .blockId(blockId)
                .elements(List.of(elements))
                .build();
    }

    public static ButtonElement button(String actionId, String label, String value) {
        return ButtonElement.builder()
                .actionId(actionId)
                .text(plainText(cut(label, 75)))
                .value(value)
                .build();
    }

    public static ButtonElement primary(String actionId, String label, String value) {
        return ButtonElement.builder()
                .actionId(actionId)
                .text(plainText(cut(label, 75)))
                .value(value)
                .style("primary")
                .build();
    }

    public static ButtonElement danger(String actionId, String label, String value) {
        return ButtonElement.builder()
                .actionId(actionId)
                .text(plainText(cut(label, 75)))
                .value(value)
                .style("danger")
                .build();
    }

    /** Keeps a message within Slack's 50 blocks, ending with a note that more was left out. */
    public static List<LayoutBlock> capped(List<LayoutBlock> blocks, String moreNote) {
        if (blocks.size() <= MAX_MESSAGE_BLOCKS) {
            return blocks;
        }
        List<LayoutBlock> out = new ArrayList<>(blocks.subList(0, MAX_MESSAGE_BLOCKS - 1));
        out.add(context(moreNote));
        return out;
    }

    /** Cuts already-safe text to {@code max} characters, ending in an ellipsis. */
    public static String cut(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
