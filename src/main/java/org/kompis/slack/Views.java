package org.kompis.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.PlainTextInputElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewState;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;
import java.util.Map;

/** Modals and the inputs in them, within Slack's limits (a title, submit or close label is 24 characters). */
public final class Views {
    private Views() {}

    public static View modal(
            String callbackId,
            String title,
            String submit,
            String close,
            String privateMetadata,
            List<LayoutBlock> blocks) {
        return View.builder()
                .type("modal")
                .callbackId(callbackId)
                .title(ViewTitle.builder()
                        .type("plain_text")
                        .text(Blocks.cut(title, 24))
                        .build())
                .submit(
                        submit == null
                                ? null
                                : ViewSubmit.builder()
                                        .type("plain_text")
                                        .text(Blocks.cut(submit, 24))
                                        .build())
                .close(ViewClose.builder()
                        .type("plain_text")
                        .text(Blocks.cut(close, 24))
                        .build())
                .privateMetadata(privateMetadata)
                .blocks(blocks)
                .build();
    }

    public static InputBlock input(String blockId, String label, BlockElement element, boolean optional, String hint) {
        return InputBlock.builder()
                .blockId(blockId)
                .label(plainText(Blocks.cut(label, 2000)))
                .element(element)
                .optional(optional)
                .hint(hint == null ? null : plainText(Blocks.cut(hint, 2000)))
                .build();
    }

    public static PlainTextInputElement text(String actionId, boolean multiline, int maxLength, String initial) {
        return PlainTextInputElement.builder()
                .actionId(actionId)
                .multiline(multiline)
                .maxLength(maxLength)
                .initialValue(initial)
                .build();
    }

    /** The submitted value of a plain-text, select or date input, or null when empty. */
    public static String value(ViewState state, String blockId, String actionId) {
        Map<String, ViewState.Value> block = state.getValues().get(blockId);
        if (block == null || block.get(actionId) == null) {
            return null;
        }
        ViewState.Value v = block.get(actionId);
        if (v.getValue() != null) {
            String typed = Typed.normalise(v.getValue());
            return typed.isBlank() ? null : typed.trim();
        }
        if (v.getSelectedOption() != null) {
            return v.getSelectedOption().getValue();
        }
        if (v.getSelectedDate() != null) {
            return v.getSelectedDate();
        }
        if (v.getSelectedTime() != null) {
            return v.getSelectedTime();
        }
        if (v.getSelectedUser() != null) {
            return v.getSelectedUser();
        }
        if (v.getSelectedConversation() != null) {
            return v.getSelectedConversation();
        }
        if (v.getSelectedChannel() != null) {
            return v.getSelectedChannel();
        }
        return null;
    }

    /** The values of a multi-select (users, options or checkboxes); empty when nothing is chosen. */
    public static List<String> values(ViewState state, String blockId, String actionId) {
        Map<String, ViewState.Value> block = state.getValues().get(blockId);
        if (block == null || block.get(actionId) == null) {
            return List.of();
        }
        ViewState.Value v = block.get(actionId);
        if (v.getSelectedUsers() != null) {
            return v.getSelectedUsers();
        }
        if (v.getSelectedOptions() != null) {
            return v.getSelectedOptions().stream().map(o -> o.getValue()).toList();
        }
        if (v.getSelectedConversations() != null) {
            return v.getSelectedConversations();
        }
        return List.of();
    }
}
