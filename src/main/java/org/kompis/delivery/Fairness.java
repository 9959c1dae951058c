package org.kompis.delivery;

import java.util.ArrayList;
import java.util.List;

/**
 * How the pump shares out its posting room among workspaces with due rows. Each round starts one workspace further
 * on (round robin, by workspace id), and no workspace holds more than its share of the posting permits, so a
 * workspace that is busy, slow to answer or paused by a 429 never keeps another one's weekly prompt waiting: a paused
 * one takes no slot from its {@link Rate}, and a slow one fills only its own share.
 */
final class Fairness {
    private String lastFirst = "";

    /** {@code due} (sorted by id) starting after the workspace that went first last round. */
    List<String> order(List<String> due) {
        int start = 0;
        while (start < due.size() && due.get(start).compareTo(lastFirst) <= 0) {
            start++;
        }
        List<String> out = new ArrayList<>(due.size());
        out.addAll(due.subList(start, due.size()));
        out.addAll(due.subList(0, start));
        if (!out.isEmpty()) {
            lastFirst = out.get(0);
        }
        return out;
    }

    /**
     * The permits one workspace may hold while {@code workspaces} have rows due: an even share, at least one, and
     * never the last quarter, so a workspace whose rows come due later finds room at once rather than after the first
     * one's posts have been answered.
     */
    static int share(int capacity, int workspaces) {
        int even = (capacity + workspaces - 1) / Math.max(1, workspaces);
        return Math.max(1, Math.min(capacity - capacity / 4, even));
    }
}
