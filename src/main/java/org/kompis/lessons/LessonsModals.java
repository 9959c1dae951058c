package org.kompis.lessons;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.RadioButtonsElement;
import com.slack.api.model.view.View;
import java.util.ArrayList;
import java.util.List;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.Views;

/** The modals: write a lesson, search from App Home, and the results of that search. */
final class LessonsModals {
    static final String ADD = "lessons_add_modal";
    static final String SEARCH = "lessons_search_modal";
    static final String RESULTS = "lessons_results_modal";
    static final String TEXT = "text";
    static final String TOPIC = "topic";
    static final String TAGS = "tags";
    static final String CATEGORY = "category";
    static final String VISIBILITY = "visibility";
    static final String OPTIONS = "options";
    static final String MISTAKE = "mistake";
    static final String ANONYMOUS = "anonymous";
    static final String QUERY = "query";
    static final int MAX_TEXT = 3000;
    static final int HOME_RESULTS = 10;

    private LessonsModals() {}

    /**
     * Write a lesson by hand. {@code channel} (the private metadata) is where {@code /lessons add} was typed; in a
     * DM there is no channel to share with, so the lesson goes to the workspace.
     */
    static View add(Texts t, String channel, String prefill) {
        boolean inChannel = channel != null && !channel.startsWith("D");
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section(t.t("lessons.add.intro")));
        blocks.add(Views.input(
                TEXT,
                t.t("lessons.add.text"),
                Views.text(
                        TEXT,
                        true,
                        MAX_TEXT,
                        prefill == null || prefill.isBlank() ? null : Blocks.cut(prefill, MAX_TEXT)),
                false,
                t.t("lessons.add.text.hint")));
        blocks.add(Views.input(TOPIC, t.t("lessons.add.topic"), Views.text(TOPIC, false, 150, null), true, null));
        blocks.add(Views.input(
                TAGS, t.t("lessons.add.tags"), Views.text(TAGS, false, 200, null), true, t.t("lessons.add.tags.hint")));
        blocks.add(Views.input(
                CATEGORY,
                t.t("lessons.add.category"),
                RadioButtonsElement.builder()
                        .actionId(CATEGORY)
                        .options(List.of(option(t, "on_the_job"), option(t, "from_others"), option(t, "formal")))
                        .build(),
                true,
                t.t("lessons.add.category.hint")));
        List<OptionObject> audiences = new ArrayList<>();
        if (inChannel) {
            audiences.add(option(t, "channel"));
        }
        audiences.add(option(t, "workspace"));
        blocks.add(Views.input(
                VISIBILITY,
                t.t("lessons.add.visibility"),
                RadioButtonsElement.builder()
                        .actionId(VISIBILITY)
                        .options(audiences)
                        .initialOption(audiences.get(0))
                        .build(),
                false,
                inChannel ? t.t("lessons.add.visibility.hint") : t.t("lessons.add.visibility.dm")));
        blocks.add(Views.input(
                OPTIONS,
                t.t("lessons.add.options"),
                CheckboxesElement.builder()
                        .actionId(OPTIONS)
                        .options(List.of(option(t, MISTAKE), option(t, ANONYMOUS)))
                        .build(),
                true,
                null));
        blocks.add(Blocks.context(t.t("lessons.add.anonymous.means")));
        return Views.modal(
                ADD,
                t.t("lessons.add.title"),
                t.t("lessons.add.submit"),
                t.t("common.cancel"),
                inChannel ? channel : "",
                blocks);
    }

    private static OptionObject option(Texts t, String value) {
        String description = "lessons.add.option." + value + ".description";
        return OptionObject.builder()
                .text(plainText(Blocks.cut(t.t("lessons.add.option." + value), 75)))
                .value(value)
                .description(t.t(description).equals(description) ? null : plainText(Blocks.cut(t.t(description), 75)))
                .build();
    }

    static View search(Texts t) {
        return Views.modal(
                SEARCH,
                t.t("lessons.search.title"),
                t.t("lessons.search.submit"),
                t.t("common.cancel"),
                null,
                List.of(
                        Views.input(
                                QUERY,
                                t.t("lessons.search.label"),
                                Views.text(QUERY, false, 500, null),
                                false,
                                t.t("lessons.search.hint")),
                        Blocks.context(t.t("lessons.filters.example"))));
    }

    /** While the person's channels are fetched: replaced by {@link #results} a moment later. */
    static View searching(Texts t) {
        return Views.modal(
                RESULTS,
                t.t("lessons.search.title"),
                null,
                t.t("lessons.close"),
                null,
                List.of(Blocks.section(t.t("lessons.search.searching"))));
    }

    static View results(LessonsViews views, String team, Texts t, Lookup.Result r) {
        String typed = r.typed();
        Page page = r.page();
        List<LayoutBlock> blocks = new ArrayList<>();
        if (r.problem() != null) {
            blocks.add(Blocks.section(t.t(r.problem())));
            blocks.add(Blocks.context(t.t("lessons.filters.example")));
        } else if (page.lessons().isEmpty()) {
            blocks.addAll(views.results(team, t, typed, page, 0));
        } else {
            blocks.add(Blocks.section(t.t(
                    "lessons.results.title",
                    Mrkdwn.escape(views.plain(team, typed), 200),
                    1,
                    page.lessons().size())));
            blocks.addAll(LessonsViews.notes(t, page));
            for (Lesson l : page.lessons()) {
                blocks.add(Blocks.divider());
                blocks.addAll(views.lesson(team, l, t, null));
            }
            blocks.add(Blocks.divider());
            blocks.add(Blocks.context(t.t(page.more() ? "lessons.search.more_in_slack" : "lessons.results.hint")));
        }
        return Views.modal(RESULTS, t.t("lessons.search.title"), null, t.t("lessons.close"), null, blocks);
    }
}
