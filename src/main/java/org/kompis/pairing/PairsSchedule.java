package org.kompis.pairing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.kompis.core.CommandCall;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Recurrence;
import org.kompis.scheduling.Schedule;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /pairs schedule weekly|biweekly|monthly <day> <HH:MM>} (managers), or the settings modal without
 * arguments; {@code /pairs schedule off} pauses. Monthly is every four weeks: a schedule counts weeks.
 */
final class PairsSchedule {
    private static final Logger log = LoggerFactory.getLogger(PairsSchedule.class);

    private final PairsCore core;

    PairsSchedule(PairsCore core) {
        this.core = core;
    }

    void command(CommandCall call) {
        if (!call.requireManager()) {
            return;
        }
        String args = call.args();
        if (args.isBlank()) {
            call.slack()
                    .openView(
                            call.triggerId(),
                            PairsModals.schedule(
                                    call.texts(),
                                    call.channelId(),
                                    current(call.teamId(), call.channelId()).orElse(null)));
            return;
        }
        if (args.equalsIgnoreCase("off") || args.equalsIgnoreCase("av") || args.equalsIgnoreCase("stopp")) {
            Optional<Schedule> s = core.kit.scheduler().find(call.teamId(), PairsCore.RITUAL, call.channelId());
            s.filter(x -> !x.paused()).ifPresent(core.kit.scheduler()::pause);
            call.reply(call.t(s.isPresent() ? "pairs.schedule.off" : "pairs.schedule.none"));
            return;
        }
        Optional<Cadence> cadence = Cadence.parse(args);
        if (cadence.isEmpty()) {
            call.reply(call.t("pairs.schedule.usage"));
            return;
        }
        Instant next = save(call.teamId(), call.channelId(), call.userId(), cadence.get());
        call.reply(describe(call.texts(), cadence.get(), next));
        announce(call.teamId(), call.channelId(), cadence.get(), next);
    }

    /** Stores the schedule; returns its next run. */
    Instant save(String team, String channel, String user, Cadence c) {
        Recurrence r = Recurrence.weekly(
                c.day(), c.time(), core.zone(), c.everyWeeks(), core.kit.channelHolidays(team, channel), firstDay(c));
        Schedule s = core.kit.scheduler().save(team, PairsCore.RITUAL, channel, r, user);
        return core.kit.scheduler().nextRun(s).orElseThrow();
    }

    /**
     * The day of the first run, the anchor of a biweekly or monthly schedule: "biweekly mon" starts this coming
     * Monday (today if it is Monday and the time is still ahead), not in a fortnight.
     */
    private LocalDate firstDay(Cadence c) {
        LocalDate day = core.today().with(TemporalAdjusters.nextOrSame(c.day()));
        boolean passed = day.equals(core.today())
                && !LocalTime.ofInstant(core.kit.clock().instant(), core.zone()).isBefore(c.time());
        return passed ? day.plusWeeks(1) : day;
    }

    /** The modal was submitted: what the person sees (the modal is already closed). */
    void afterModal(String team, String channel, String user, Cadence c, Instant next) {
        core.tell(team, channel, user, describe(core.userTexts(team, user), c, next), null);
        announce(team, channel, c, next);
    }

    /** The channel's current cadence, read back from its schedule (paused ones count as none). */
    Optional<Cadence> current(String team, String channel) {
        return core.kit
                .scheduler()
                .find(team, PairsCore.RITUAL, channel)
                .filter(s -> !s.paused())
                .flatMap(s -> s.recurrence().weeklyTime())
                .map(w -> new Cadence(w.everyWeeks(), w.day(), w.time()));
    }

    Optional<Instant> nextRun(String team, String channel) {
        return core.kit.scheduler().find(team, PairsCore.RITUAL, channel).flatMap(core.kit.scheduler()::nextRun);
    }

    String describe(Texts t, Cadence c, Instant next) {
        // The cadence carries the day ("every other Friday", "annenhver fredag"): "on Friday" would mean one Friday.
        String day = c.day().getDisplayName(TextStyle.FULL, t.lang().locale());
        return t.t(
                "pairs.schedule.set",
                t.t("pairs.cadence." + c.frequency(), day),
                c.time().toString(),
                core.dateTime(t, next));
    }

    private void announce(String team, String channel, Cadence c, Instant next) {
        Texts t = core.channelTexts(team, channel);
        try {
            core.slack(team).post(channel, null, t.t("pairs.schedule.announce", describe(t, c, next)), null);
        } catch (SlackCallException e) {
            log.info("Could not announce the pairs schedule in {}: {}", channel, e.error());
        }
    }
}
