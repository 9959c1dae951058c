package org.kompis.reflection;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.block.element.MultiStaticSelectElement;
import com.slack.api.model.block.element.StaticSelectElement;
import com.slack.api.model.block.element.TimePickerElement;
import com.slack.api.model.view.View;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Holidays;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.Views;

/** The answer modal, the thank-you that replaces it, and the settings modal of {@code /reflect schedule}. */
final class ReflectionModals {
    static final String ANSWER = "reflect_answer";
    static final String SETTINGS = "reflect_settings";
    static final List<String> ZONES = List.of(
            "Europe/Oslo",
            "Europe/Stockholm",
            "Europe/Copenhagen",
            "Europe/Helsinki",
            "Europe/London",
            "Europe/Berlin",
            "UTC");

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
        OptionObject share = option(t.t("reflection.modal.share"), "share");
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
            OptionObject anonymous = option(t.t("reflection.modal.anonymous"), "anonymous");
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
            days.add(
                    option(capitalised(d.getDisplayName(TextStyle.FULL, t.lang().locale())), d.name()));
        }
        blocks.add(Views.input(
                "day",
                t.t("reflection.settings.day"),
                select("day", days, c.day().name()),
                false,
                null));
        blocks.add(Views.input(
                "time",
                t.t("reflection.settings.time"),
                TimePickerElement.builder()
                        .actionId("time")
                        .initialTime(c.time())
                        .build(),
                false,
                null));
        Set<String> zones = new LinkedHashSet<>(ZONES);
        zones.add(c.zone());
        blocks.add(Views.input(
                "zone",
                t.t("reflection.settings.zone"),
                select("zone", zones.stream().map(z -> option(z, z)).toList(), c.zone()),
                false,
                null));
        blocks.add(Views.input(
                "frequency",
                t.t("reflection.settings.frequency"),
                select(
                        "frequency",
                        List.of(
                                option(t.t("reflection.settings.weekly"), "1"),
                                option(t.t("reflection.settings.biweekly"), "2")),
                        String.valueOf(c.everyWeeks())),
                false,
                null));
        List<OptionObject> langs = new ArrayList<>();
        for (Lang l : Lang.values()) {
            langs.add(option(t.t("language.name." + l.code()), l.code()));
        }
        blocks.add(Views.input(
                "language",
                t.t("reflection.settings.language"),
                select("language", langs, c.lang().code()),
                false,
                null));
        OptionObject allowed = option(t.t("reflection.settings.anonymity_allowed"), "allowed");
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
            calendars.add(option(t.t("reflection.settings.holidays." + h.code()), h.code()));
        }
        blocks.add(Views.input(
                "holidays",
                t.t("reflection.settings.holidays"),
                select("holidays", calendars, c.holidays().code()),
                false,
                null));
        List<OptionObject> themeOptions = new ArrayList<>();
        for (String theme : themes) {
            themeOptions.add(option(t.t("reflection.theme." + theme), theme));
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

    private static StaticSelectElement select(String actionId, List<OptionObject> options, String initial) {
        OptionObject first = options.stream()
                .filter(o -> o.getValue().equals(initial))
                .findFirst()
                .orElse(null);
        return StaticSelectElement.builder()
                .actionId(actionId)
                .options(options)
                .initialOption(first)
                .build();
    }

    private static OptionObject option(String text, String value) {
        return OptionObject.builder()
                .text(plainText(Blocks.cut(text, 75)))
                .value(value)
                .build();
    }

    static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
