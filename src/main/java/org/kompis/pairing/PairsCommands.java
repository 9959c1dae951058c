package org.kompis.pairing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.kompis.core.CommandCall;
import org.kompis.core.CommandHandler;
import org.kompis.core.Commands;
import org.kompis.core.Zones;
import org.kompis.slack.Directory;
import org.kompis.slack.Mrkdwn;

/**
 * {@code /pairs join|leave|snooze|profile|status|stats|now|schedule|buddies} (also {@code /kompis pairs ...}).
 * A pool is a channel: the command joins, leaves or runs the pool of the channel it is typed in.
 */
final class PairsCommands {
    static final String COMMAND = "pairs";

    private final PoolStore pool;
    private final RoundStore roundStore;
    private final Directory directory;
    private final Zones zones;
    private final Clock clock;
    private final Rounds rounds;
    private final PairsSchedule schedule;

    private final Guests guests;

    PairsCommands(
            PoolStore pool,
            RoundStore roundStore,
            Directory directory,
            Zones zones,
            Clock clock,
            Rounds rounds,
            PairsSchedule schedule,
            Guests guests) {
        this.pool = pool;
        this.roundStore = roundStore;
        this.guests = guests;
        this.directory = directory;
        this.zones = zones;
        this.clock = clock;
        this.rounds = rounds;
        this.schedule = schedule;
    }

    void register(Commands router, Profiles profiles, Buddies buddies) {
        router.register(COMMAND, "join", "join", "pairs.help.join", inChannel(this::join));
        router.register(COMMAND, "leave", "leave", "pairs.help.leave", inChannel(this::leave));
        router.register(COMMAND, "snooze", "snooze <date>", "pairs.help.snooze", inChannel(this::snooze));
        router.register(COMMAND, "profile", "profile", "pairs.help.profile", profiles::open);
        router.register(COMMAND, "status", "status", "pairs.help.status", inChannel(this::status));
        router.register(COMMAND, "now", "now", "pairs.help.now", inChannel(this::now));
        router.register(
                COMMAND,
                "schedule",
                "schedule [weekly|biweekly|monthly <day> <HH:MM>|off]",
                "pairs.help.schedule",
                inChannel(schedule::command));
        router.register(COMMAND, "stats", "stats", "pairs.help.stats", inChannel(this::stats));
        router.register(
                COMMAND, "buddies", "buddies [on @a @b|off]", "pairs.help.buddies", inChannel(buddies::command));
    }

    /** Pools are channels: in a DM there is no pool to join or run. */
    private static CommandHandler inChannel(CommandHandler handler) {
        return call -> {
            if (call.channelId() == null || call.channelId().startsWith("D")) {
                call.reply(call.t("pairs.in_channel_only"));
            } else {
                handler.handle(call);
            }
        };
    }

    private void join(CommandCall call) {
        if (guests.leftOut(call.teamId(), call.userId())) {
            call.reply(call.t("pairs.join.guest"));
            return;
        }
        Optional<Member> before = pool.member(call.teamId(), call.channelId(), call.userId());
        pool.join(call.teamId(), call.channelId(), call.userId(), clock.millis());
        String joined = before.isEmpty()
                ? "pairs.join.done"
                : before.get().activeOn(zones.today(call.teamId())) ? "pairs.join.already" : "pairs.join.back";
        String next = schedule.nextRun(call.teamId(), call.channelId())
                .map(at -> call.t("pairs.join.next", PairDates.dateTime(call.texts(), at, zones.zone(call.teamId()))))
                .orElse(call.t("pairs.join.no_schedule"));
        boolean hasProfile = pool.profile(call.teamId(), call.userId()).isPresent();
        call.reply(call.t(joined, Mrkdwn.channel(call.channelId())) + " " + next
                + (hasProfile ? "" : "\n" + call.t("pairs.join.profile_hint")));
    }

    private void leave(CommandCall call) {
        int left = pool.leave(call.teamId(), call.channelId(), call.userId());
        call.reply(call.t(left == 1 ? "pairs.leave.done" : "pairs.leave.not_member", Mrkdwn.channel(call.channelId())));
    }

    private void snooze(CommandCall call) {
        LocalDate today = zones.today(call.teamId());
        Optional<LocalDate> until = Cadence.date(call.args(), today);
        if (until.isPresent() && !until.get().isAfter(today)) {
            call.reply(call.t(
                    "pairs.snooze.past",
                    Mrkdwn.escape(call.args()),
                    today.plusWeeks(2).toString()));
            return;
        }
        if (until.isEmpty()) {
            call.reply(call.t("pairs.snooze.usage", today.plusWeeks(2).toString()));
            return;
        }
        if (pool.snooze(
                        call.teamId(),
                        call.channelId(),
                        call.userId(),
                        until.get().toString())
                == 0) {
            call.reply(call.t("pairs.leave.not_member", Mrkdwn.channel(call.channelId())));
            return;
        }
        call.reply(call.t("pairs.snooze.done", PairDates.date(call.texts(), until.get())));
    }

    private void now(CommandCall call) {
        if (!call.requireManager()) {
            return;
        }
        String key = "now:" + (call.triggerId() == null ? UUID.randomUUID() : call.triggerId());
        Rounds.Outcome o = rounds.run(call.teamId(), call.channelId(), key, clock.instant(), call.userId());
        Round r = o.round();
        if (!r.matched()) {
            call.reply(call.t("pairs.now.too_few", r.people() == null ? 0 : r.people()));
            return;
        }
        call.reply(call.t("pairs.now.done", r.roundNo(), r.people(), o.groups())
                + (o.unmatched().isEmpty()
                        ? ""
                        : " " + call.t("pairs.now.unmatched", o.unmatched().size())));
    }

    private void status(CommandCall call) {
        String team = call.teamId();
        String channel = call.channelId();
        StringBuilder sb = new StringBuilder();
        Optional<Member> me = pool.member(team, channel, call.userId());
        if (me.isEmpty()) {
            sb.append(call.t("pairs.status.not_member", Mrkdwn.channel(channel)));
        } else if (me.get().paused()) {
            sb.append(call.t("pairs.status.paused"));
        } else if (me.get().snoozedUntil() != null && !me.get().activeOn(zones.today(call.teamId()))) {
            sb.append(call.t(
                    "pairs.status.snoozed",
                    PairDates.date(call.texts(), LocalDate.parse(me.get().snoozedUntil()))));
        } else {
            sb.append(call.t("pairs.status.member", Mrkdwn.channel(channel)));
        }
        long active = pool.members(team, channel).stream()
                .filter(m -> m.activeOn(zones.today(call.teamId())))
                .count();
        sb.append('\n').append(call.t("pairs.status.pool", active));
        Optional<Cadence> cadence = schedule.current(team, channel);
        Optional<Instant> next = schedule.nextRun(team, channel);
        sb.append('\n')
                .append(
                        cadence.isPresent() && next.isPresent()
                                ? schedule.describe(call.teamId(), call.texts(), cadence.get(), next.get())
                                : call.t("pairs.status.no_schedule"));
        roundStore.currentGroup(team, channel, call.userId()).ifPresent(g -> {
            Round r = roundStore.round(team, g.roundId()).orElseThrow();
            String others = String.join(
                    ", ",
                    roundStore.groupMembers(g.id()).stream()
                            .filter(u -> !u.equals(call.userId()))
                            .map(u -> directory.shownName(team, u))
                            .toList());
            sb.append('\n')
                    .append(call.t(
                            "pairs.status.current",
                            others,
                            r.roundNo(),
                            PairDates.date(call.texts(), r.at(), zones.zone(call.teamId()))));
        });
        call.reply(sb.toString());
    }

    private void stats(CommandCall call) {
        RoundStore s = roundStore;
        String team = call.teamId();
        String channel = call.channelId();
        int groups = s.groupCount(team, channel);
        long firstShare = groups == 0 ? 0 : Math.round(100.0 * s.firstMeetingCount(team, channel) / groups);
        call.reply(call.t(
                "pairs.stats",
                Mrkdwn.channel(channel),
                s.roundCount(team, channel),
                s.peopleCount(team, channel),
                s.metCount(team, channel),
                s.learningCount(team, channel),
                groups,
                firstShare));
    }
}
