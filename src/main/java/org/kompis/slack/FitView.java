package org.kompis.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import com.slack.api.util.json.GsonFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack refuses a view (a modal, App Home) over 250 kB. One that is too big is sent with whole blocks cut from its
 * end until it fits, and a "…" to show it was cut; the inputs stay, so nothing a person types is lost, and what the
 * cut blocks showed stays in Kompis's database (App Home and search show it again as it changes).
 */
final class FitView {
    static final int LIMIT = 250_000;
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private FitView() {}

    static View within(View view, int limit) {
        if (view == null || view.getBlocks() == null || bytes(GSON.toJson(view)) <= limit) {
            return view;
        }
        View copy = GSON.fromJson(GSON.toJson(view), View.class);
        List<LayoutBlock> blocks = new ArrayList<>(copy.getBlocks());
        copy.setBlocks(List.of());
        int used = bytes(GSON.toJson(copy)) + bytes(GSON.toJson(Blocks.context("…"))) + 1;
        List<Integer> sizes =
                blocks.stream().map(b -> bytes(GSON.toJson(b)) + 1).toList();
        for (int i = 0; i < blocks.size(); i++) {
            used += sizes.get(i);
        }
        for (int i = blocks.size() - 1; i >= 0 && used > limit; i--) {
            if (!(blocks.get(i) instanceof InputBlock)) {
                used -= sizes.get(i);
                blocks.set(i, null);
            }
        }
        List<LayoutBlock> kept =
                new ArrayList<>(blocks.stream().filter(b -> b != null).toList());
        kept.add(Blocks.context("…"));
        copy.setBlocks(kept);
        return copy;
    }

    private static int bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8).length;
    }
}
