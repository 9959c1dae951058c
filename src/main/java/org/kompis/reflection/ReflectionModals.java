package org.kompis.reflection;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.view.View;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Holidays;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.Pickers;
import org.kompis.slack.Views;

/** The answer modal, the thank-you that replaces it, and the settings modal of {@code /reflect schedule}. */
final class ReflectionModals {
    static final String ANSWER = "reflect_answer";
    static final String SETTINGS = "reflect_settings";

    private ReflectionModals() {}

    /** Metadata: the prompt's id and the answerer's language, so the submission needs no lookup before its ack. */
    static View answer(Texts t, PromptRow p, boolean anonymityAllowed) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.section("*" + Mrkdwn.escape(p.text(), 2900) + "*"));
        blocks.add(Views.input(
                "answer",
                t.t("reflection.modal.answer"),
                Views.text("text", true, 3000, null),
                false,
                t.t("reflection.modal.answer_hint")));
        OptionObject share = Pickers.option(t.t("reflection.modal.share"), "share");
        blocks.add(Views.input(
                "share",
                t.t("reflection.modal.share_label"),
                CheckboxesElement.builder()
                        .actionId("share")
                        .options(List.of(share))
                        .initialOptions(List.of(share))
                        .build(),
                true,
                t.t("reflection.modal.share_hint")));
        if (anonymityAllowed) {
            OptionObject anonymous = Pickers.option(t.t("reflection.modal.anonymous"), "anonymous");
            blocks.add(Views.input(
                    "anonymous",
                    t.t("reflection.modal.anonymous_label"),
                    CheckboxesElement.builder()
                            .actionId("anonymous")
                            .options(List.of(anonymous))
                            .build(),
                    true,
                    t.t("reflection.modal.anonymous_note")));
        }
        blocks.add(Views.input(
                "tags",
                t.t("reflection.modal.tags"),
                Views.text("tags", false, 200, null),
                true,
                t.t("reflection.modal.tags_hint")));
        return Views.modal(
                ANSWER,
                t.t("reflection.modal.title"),
                t.t("reflection.modal.submit"),
                t.t("reflection.modal.close"),
                p.id() + "|" + t.lang().code(),
                blocks);
    }

    static View thanks(Texts t, boolean shared, boolean anonymous) {
        String key = !shared
                ? "reflection.thanks.private"
                : anonymous ? "reflection.thanks.shared_anonymous" : "reflection.thanks.shared";
        return Views.modal(
                "reflect_thanks",
                t.t("reflection.thanks.title"),
                null,
                t.t("reflection.thanks.close"),
                null,
                List.of(Blocks.section(t.t(key))));
    }

    /** What the settings modal starts from. */
    record Current(
            DayOfWeek day,
            String time,
            String zone,
            int everyWeeks,
            Lang lang,
            boolean anonymity,
            Holidays holidays,
            Set<String> themes) {}

    static View settings(Texts t, String channelId, Current c, List<String> themes) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(Blocks.context(t.t("reflection.settings.intro", Mrkdwn.channel(channelId))));
        List<OptionObject> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            days.add(Pickers.option(
                    capitalised(d.getDisplayName(TextStyle.FULL, t.lang().locale())), d.name()));
        }
        blocks.add(Views.input(
                "day",
                t.t("reflection.settings.day"),
                Pickers.select("day", days, c.day().name()),
                false,
                null));
        blocks.add(Views.input("time", t.t("reflection.settings.time"), Pickers.time("time", c.time()), false, null));
        blocks.add(Views.input("zone", t.t("reflection.settings.zone"), Pickers.zone("zone", c.zone()), false, null));
        blocks.add(Views.input(
                "frequency",
                t.t("reflection.settings.frequency"),
                Pickers.select(
                        "frequency",
                        List.of(
                                Pickers.option(t.t("reflection.settings.weekly"), "1"),
                                Pickers.option(t.t("reflection.settings.biweekly"), "2")),
                        String.valueOf(c.everyWeeks())),
                false,
                null));
        List<OptionObject> langs = new ArrayList<>();
        for (Lang l : Lang.values()) {
            langs.add(Pickers.option(t.languageName(l), l.code()));
        }
        blocks.add(Views.input(
                "language",
                t.t("reflection.settings.language"),
                Pickers.select("language", langs, c.lang().code()),
                false,
                null));
        OptionObject allowed = Pickers.option(t.t("reflection.settings.anonymity_allowed"), "allowed");
        blocks.add(Views.input(
                "anonymity",
                t.t("reflection.settings.anonymity"),
                CheckboxesElement.builder()
                        .actionId("anonymity")
                        .options(List.of(allowed))
                        .initialOptions(c.anonymity() ? List.of(allowed) : null)
                        .build(),
                true,
                t.t("reflection.modal.anonymous_note")));
        List<OptionObject> calendars = new ArrayList<>();
        for (Holidays h : List.of(Holidays.NORWAY, Holidays.NORWAY_PUBLIC, Holidays.SWEDEN, Holidays.NONE)) {
            calendars.add(Pickers.option(t.t("reflection.settings.holidays." + h.code()), h.code()));
        }
        blocks.add(Views.input(
                "holidays",
                t.t("reflection.settings.holidays"),
                Pickers.select("holidays", calendars, c.holidays().code()),
                false,
                null));
        List<OptionObject> themeOptions = new ArrayList<>();
        for (String theme : themes) {
            themeOptions.add(Pickers.option(t.t("reflection.theme." + theme), theme));
        }
        List<OptionObject> chosen = themeOptions.stream()
                .filter(o -> c.themes().contains(o.getValue()))
                .toList();
        blocks.add(Views.input(
                "themes",
                t.t("reflection.settings.themes"),
                MultiStaticSelectElement.builder()
                        .actionId("themes")
                        .options(themeOptions)
                        .initialOptions(chosen.isEmpty() ? null : chosen)
                        .build(),
                true,
                t.t("reflection.settings.themes_hint")));
        return Views.modal(
                SETTINGS,
                t.t("reflection.settings.title"),
                t.t("reflection.settings.save"),
                t.t("reflection.modal.close"),
                channelId,
                blocks);
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
