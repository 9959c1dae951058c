package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.OptionObject;
import com.slack.api.model.block.element.CheckboxesElement;
import com.slack.api.model.view.View;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.Pickers;
import org.kompis.slack.Views;

/** "What did you learn?" after a meeting, and the schedule settings. Block and action ids are the same. */
final class PairsModals {
    static final String LEARN = "pairs_learn_modal";
    static final String LEARNED = "learned";
    static final String SHARE = "share";
    static final int LEARNED_MAX = 1500;
    static final String SCHEDULE = "pairs_schedule_modal";
    static final String FREQUENCY = "frequency";
    static final String DAY = "day";
    static final String TIME = "time";

    private PairsModals() {}

    static View learn(Texts t, long groupId, String channel, RoundStore.Learning before) {
        OptionObject share = Pickers.option(t.t("pairs.learn.share.option"), SHARE);
        List<LayoutBlock> blocks = List.of(
                Blocks.section(t.t("pairs.learn.intro", Mrkdwn.channel(channel))),
                Views.input(
                        LEARNED,
                        t.t("pairs.learn.label"),
                        Views.text(LEARNED, true, LEARNED_MAX, before == null ? null : before.text()),
                        false,
                        t.t("pairs.learn.hint")),
                Views.input(
                        SHARE,
                        t.t("pairs.learn.share"),
                        CheckboxesElement.builder()
                                .actionId(SHARE)
                                .options(List.of(share))
                                .initialOptions(before != null && before.shared() ? List.of(share) : null)
                                .build(),
                        true,
                        t.t("pairs.learn.share.hint")));
        return Views.modal(
                LEARN,
                t.t("pairs.learn.title"),
                t.t("pairs.learn.save"),
                t.t("pairs.cancel"),
                String.valueOf(groupId),
                blocks);
    }

    /** The settings modal of {@code /pairs schedule}, showing the current cadence when there is one. */
    static View schedule(Texts t, String channel, Cadence current) {
        List<OptionObject> frequencies = List.of("weekly", "biweekly", "monthly").stream()
                .map(f -> Pickers.option(t.t("pairs.frequency." + f), f))
                .toList();
        List<OptionObject> days = Arrays.stream(DayOfWeek.values())
                .map(d -> Pickers.option(dayName(t, d), d.name()))
                .toList();
        String frequency = current == null ? "weekly" : current.frequency();
        DayOfWeek day = current == null ? DayOfWeek.MONDAY : current.day();
        String time = current == null ? "09:00" : current.time().toString();
        List<LayoutBlock> blocks = List.of(
                Blocks.section(t.t("pairs.schedule.modal.intro", Mrkdwn.channel(channel))),
                Views.input(
                        FREQUENCY,
                        t.t("pairs.schedule.modal.frequency"),
                        Pickers.select(FREQUENCY, frequencies, frequency),
                        false,
                        t.t("pairs.schedule.modal.monthly_note")),
                Views.input(DAY, t.t("pairs.schedule.modal.day"), Pickers.select(DAY, days, day.name()), false, null),
                Views.input(
                        TIME,
                        t.t("pairs.schedule.modal.time"),
                        Pickers.time(TIME, time),
                        false,
                        t.t("pairs.schedule.modal.holidays")));
        return Views.modal(
                SCHEDULE,
                t.t("pairs.schedule.modal.title"),
                t.t("pairs.schedule.modal.save"),
                t.t("pairs.cancel"),
                channel,
                blocks);
    }

    static String dayName(Texts t, DayOfWeek day) {
        String name = day.getDisplayName(TextStyle.FULL, t.lang().locale());
        return name.substring(0, 1).toUpperCase(t.lang().locale()) + name.substring(1);
    }
}
