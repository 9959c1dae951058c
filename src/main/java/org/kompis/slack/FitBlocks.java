package org.kompis.slack;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Slack refuses a message whose blocks are too long in total ({@code msg_blocks_too_long}, seen from about 13,000
 * characters) although each block is within its own limit. Then the message is posted again with as many whole
 * blocks as fit and a "…" to show it was cut; what people wrote stays in Kompis's database either way.
 */
final class FitBlocks {
    static final int BUDGET = 11_000;
    private static final Gson GSON = GsonFactory.createSnakeCase();

    private FitBlocks() {}

    static List<LayoutBlock> within(List<LayoutBlock> blocks, int budget) {
        List<LayoutBlock> out = new ArrayList<>();
        int used = 0;
        for (LayoutBlock b : blocks) {
            int size = GSON.toJson(b).length();
            if (used + size > budget) {
                out.add(Blocks.context("…"));
                break;
            }
            out.add(b);
            used += size;
        }
        return out;
    }
}
