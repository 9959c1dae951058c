package org.kompis.lessons;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.List;
import org.kompis.core.HomeSection;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;

/** App Home: the newest lessons from the person's channels, and a button to search them all. */
final class LessonsHome implements HomeSection {
    static final int RECENT = 5;

    private final LessonsCore core;
    private final LessonsViews views;

    LessonsHome(LessonsCore core, LessonsViews views) {
        this.core = core;
        this.views = views;
    }

    @Override
    public List<LayoutBlock> render(String team, String user, Texts t) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(
                "*" + t.t("lessons.home.title") + "*",
                Blocks.button(LessonsListeners.SEARCH_OPEN, t.t("lessons.home.search"), "search")));
        List<Lesson> recent = core.search.recentInChannels(team, core.viewer(team, user), RECENT);
        if (recent.isEmpty()) {
            blocks.add(Blocks.context(t.t("lessons.home.none")));
            return blocks;
        }
        for (Lesson l : recent) {
            blocks.add(Blocks.section(views.body(l, t, 280)));
            blocks.add(Blocks.context(views.origin(team, l, t)));
        }
        return blocks;
    }
}
