package org.kompis.pairing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import org.kompis.core.CommandCall;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Recurrence;
import org.kompis.scheduling.Schedule;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /pairs schedule weekly|biweekly|monthly <day> <HH:MM>} (managers), or the settings modal without
 * arguments; {@code /pairs schedule off} pauses. Monthly is every four weeks: a schedule counts weeks.
 */
final class PairsSchedule {
    static final String RITUAL = "pairs";

    private static final Logger log = LoggerFactory.getLogger(PairsSchedule.class);

    private final SlackGateway slack;
    private final Speech speech;
    private final Zones zones;
    private final Clock clock;
    private final Scheduler scheduler;

    PairsSchedule(SlackGateway slack, Speech speech, Zones zones, Clock clock, Scheduler scheduler) {
        this.slack = slack;
        this.speech = speech;
        this.zones = zones;
        this.clock = clock;
        this.scheduler = scheduler;
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
            Optional<Schedule> s = scheduler.find(call.teamId(), PairsSchedule.RITUAL, call.channelId());
            s.filter(x -> !x.paused()).ifPresent(scheduler::pause);
            call.reply(call.t(s.isPresent() ? "pairs.schedule.off" : "pairs.schedule.none"));
            return;
        }
        Optional<Cadence> cadence = Cadence.parse(args);
        if (cadence.isEmpty()) {
            call.reply(call.t("pairs.schedule.usage"));
            return;
        }
        Instant next = save(call.teamId(), call.channelId(), call.userId(), cadence.get());
        call.reply(describe(call.teamId(), call.texts(), cadence.get(), next));
        announce(call.teamId(), call.channelId(), cadence.get(), next);
    }

    /** Stores the schedule; returns its next run. */
    Instant save(String team, String channel, String user, Cadence c) {
        Recurrence r = Recurrence.weekly(
                c.day(),
                c.time(),
                zones.zone(team),
                c.everyWeeks(),
                zones.channelHolidays(team, channel),
                firstDay(team, c));
        Schedule s = scheduler.save(team, PairsSchedule.RITUAL, channel, r, user);
        return scheduler.nextRun(s).orElseThrow();
    }

    /**
     * The day of the first run, the anchor of a biweekly or monthly schedule: "biweekly mon" starts this coming
     * Monday (today if it is Monday and the time is still ahead), not in a fortnight.
     */
    private LocalDate firstDay(String team, Cadence c) {
        LocalDate today = zones.today(team);
        LocalDate day = today.with(TemporalAdjusters.nextOrSame(c.day()));
        boolean passed = day.equals(today)
                && !LocalTime.ofInstant(clock.instant(), zones.zone(team)).isBefore(c.time());
        return passed ? day.plusWeeks(1) : day;
    }

    /** The modal was submitted: what the person sees (the modal is already closed). */
    void afterModal(String team, String channel, String user, Cadence c, Instant next) {
        slack.team(team).tell(channel, user, describe(team, speech.user(team, user), c, next), null);
        announce(team, channel, c, next);
    }

    /** The channel's current cadence, read back from its schedule (paused ones count as none). */
    Optional<Cadence> current(String team, String channel) {
        return scheduler
                .find(team, PairsSchedule.RITUAL, channel)
                .filter(s -> !s.paused())
                .flatMap(s -> s.recurrence().weeklyTime())
                .map(w -> new Cadence(w.everyWeeks(), w.day(), w.time()));
    }

    Optional<Instant> nextRun(String team, String channel) {
        return scheduler.find(team, PairsSchedule.RITUAL, channel).flatMap(scheduler::nextRun);
    }

    String describe(String team, Texts t, Cadence c, Instant next) {
        // The cadence carries the day ("every other Friday", "annenhver fredag"): "on Friday" would mean one Friday.
        String day = c.day().getDisplayName(TextStyle.FULL, t.lang().locale());
        return t.t(
                "pairs.schedule.set",
                t.t("pairs.cadence." + c.frequency(), day),
                c.time().toString(),
                PairDates.dateTime(t, next, zones.zone(team)));
    }

    private void announce(String team, String channel, Cadence c, Instant next) {
        Texts t = speech.channel(team, channel);
        try {
            slack.team(team).post(channel, null, t.t("pairs.schedule.announce", describe(team, t, c, next)), null);
        } catch (SlackCallException e) {
            log.info("Could not announce the pairs schedule in {}: {}", channel, e.error());
        }
    }
}
