package org.kompis.pairing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Claims;
import org.kompis.core.CommandCall;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.i18n.Lang;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Scheduler;
import org.kompis.scheduling.Timer;
import org.kompis.slack.Directory;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buddies for newcomers (fadder, introduktionskollega): a channel turns it on with a list of volunteers; whoever
 * joins the channel gets the volunteer with the fewest current newcomers, from another team first, and both meet
 * in a group DM, with check-ins after a week and a month: the first weeks and the first half-year of the sources'
 * learning journey.
 */
final class Buddies {
    static final String CHECK_IN = "pairs.buddy_checkin";
    /** A newcomer counts towards a buddy's load for the first half-year. */
    static final Duration CURRENT = Duration.ofDays(183);

    private static final Logger log = LoggerFactory.getLogger(Buddies.class);

    private final PoolStore pool;
    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Zones zones;
    private final Clock clock;
    private final Scheduler scheduler;
    private final Claims claims;
    private final Guests guests;

    Buddies(
            PoolStore pool,
            Jdbi jdbi,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Zones zones,
            Clock clock,
            Scheduler scheduler,
            Claims claims,
            Guests guests) {
        this.pool = pool;
        this.jdbi = jdbi;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.zones = zones;
        this.clock = clock;
        this.scheduler = scheduler;
        this.claims = claims;
        this.guests = guests;
    }

    /** {@code /pairs buddies}, {@code buddies on @a @b}, {@code buddies off}. */
    void command(CommandCall call) {
        String args = call.args();
        String first = args.isBlank() ? "" : args.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (first.equals("on") || first.equals("på")) {
            if (!call.requireManager()) {
                return;
            }
            List<String> volunteers = Tags.mentions(args);
            if (volunteers.isEmpty()) {
                call.reply(call.t("pairs.buddies.usage"));
                return;
            }
            pool.saveBuddySettings(
                    call.teamId(), call.channelId(), true, Tags.join(volunteers), call.userId(), clock.millis());
            call.reply(call.t("pairs.buddies.on", mentions(volunteers), Mrkdwn.channel(call.channelId())));
        } else if (first.equals("off") || first.equals("av")) {
            if (!call.requireManager()) {
                return;
            }
            pool.saveBuddySettings(call.teamId(), call.channelId(), false, "", call.userId(), clock.millis());
            call.reply(call.t("pairs.buddies.off", Mrkdwn.channel(call.channelId())));
        } else if (first.isEmpty()) {
            show(call);
        } else {
            call.reply(call.t("pairs.buddies.usage"));
        }
    }

    private void show(CommandCall call) {
        Optional<BuddySettings> s = pool.buddySettings(call.teamId(), call.channelId());
        if (s.isEmpty() || !s.get().enabled()) {
            call.reply(call.t("pairs.buddies.none", Mrkdwn.channel(call.channelId())));
            return;
        }
        StringBuilder text = new StringBuilder(
                call.t("pairs.buddies.list", mentionsAsNames(call, s.get().volunteerIds())));
        List<Buddy> recent = pool.recentBuddies(call.teamId(), call.channelId(), clock.millis() - CURRENT.toMillis());
        for (Buddy b : recent.subList(0, Math.min(20, recent.size()))) {
            text.append('\n')
                    .append(call.t(
                            "pairs.buddies.pair",
                            directory.shownName(call.teamId(), b.newcomer()),
                            directory.shownName(call.teamId(), b.buddy()),
                            PairDates.date(
                                    call.texts(), Instant.ofEpochMilli(b.assignedAt()), zones.zone(call.teamId()))));
        }
        call.reply(text.toString());
    }

    /** Someone joined a channel: a buddy if the channel gives one (once per newcomer, whatever Slack repeats). */
    void joined(String team, String channel, String newcomer) {
        Optional<BuddySettings> s = pool.buddySettings(team, channel);
        if (s.isEmpty() || !s.get().enabled() || directory.isBot(team, newcomer) || guests.leftOut(team, newcomer)) {
            return;
        }
        List<String> volunteers = s.get().volunteerIds().stream()
                .filter(v -> !guests.leftOut(team, v))
                .toList();
        Lang lang = speech.userLang(team, newcomer);
        claims.holding(Rounds.claim(team, "buddy-" + channel + "-" + newcomer), () -> {
            Assigned a = assign(team, channel, newcomer, volunteers, lang);
            if (a == null) {
                noVolunteer(team, channel, newcomer, s.get());
                return null;
            }
            if (a.fresh()) {
                Instant at = Instant.ofEpochMilli(a.buddy().assignedAt());
                scheduler.at(team, CHECK_IN, a.buddy().id() + ":week", at.plus(Duration.ofDays(7)));
                scheduler.at(team, CHECK_IN, a.buddy().id() + ":month", at.plus(Duration.ofDays(30)));
            }
            if (a.buddy().introTs() == null) {
                introduce(a.buddy());
            }
            return null;
        });
    }

    /** Tells the manager who turned buddies on, rather than leaving a newcomer alone without anyone knowing. */
    private void noVolunteer(String team, String channel, String newcomer, BuddySettings s) {
        log.info("No buddy volunteer for {} in {}", newcomer, channel);
        String manager = s.updatedBy();
        if (manager != null) {
            slack.team(team)
                    .tell(
                            null,
                            manager,
                            speech.user(team, manager)
                                    .t("pairs.buddies.no_volunteer", Mrkdwn.user(newcomer), Mrkdwn.channel(channel)),
                            null);
        }
    }

    private record Assigned(Buddy buddy, boolean fresh) {}

    /** Picks and stores the buddy in one transaction, so two newcomers at once still spread over the volunteers. */
    private Assigned assign(String team, String channel, String newcomer, List<String> volunteers, Lang lang) {
        long now = clock.millis();
        return jdbi.inTransaction(h -> {
            PoolStore pool = h.attach(PoolStore.class);
            Optional<Buddy> existing = pool.buddyOf(team, channel, newcomer);
            if (existing.isPresent()) {
                return new Assigned(existing.get(), false);
            }
            String unit =
                    pool.profile(team, newcomer).map(p -> Tags.unit(p.unit())).orElse("");
            Optional<String> chosen = volunteers.stream()
                    .filter(v -> !v.equals(newcomer))
                    .min(Comparator.<String>comparingInt(v -> pool.buddyLoad(team, v, now - CURRENT.toMillis()))
                            .thenComparingInt(v -> differentTeam(
                                            unit,
                                            pool.profile(team, v)
                                                    .map(p -> Tags.unit(p.unit()))
                                                    .orElse(""))
                                    ? 0
                                    : 1)
                            .thenComparing(v -> v));
            if (chosen.isEmpty()) {
                return null;
            }
            boolean fresh = pool.assignBuddy(team, channel, newcomer, chosen.get(), lang.code(), now) == 1;
            return new Assigned(pool.buddyOf(team, channel, newcomer).orElseThrow(), fresh);
        });
    }

    private static boolean differentTeam(String a, String b) {
        return !a.isEmpty() && !b.isEmpty() && !a.equals(b);
    }

    private void introduce(Buddy b) {
        Texts t = speech.in(Lang.parse(b.lang()).orElse(speech.fallback(b.teamId())));
        try {
            String dm = slack.team(b.teamId()).openConversation(List.of(b.newcomer(), b.buddy()));
            String ts =
                    slack.team(b.teamId()).post(dm, null, t.t("pairs.buddy.intro.text"), PairsViews.buddyIntro(t, b));
            pool.buddyIntroduced(b.teamId(), b.id(), dm, ts);
        } catch (SlackCallException e) {
            log.warn("Could not introduce buddy {}: {}", b.id(), e.error());
        }
    }

    void onCheckIn(Timer timer) {
        String[] ref = timer.ref().split(":");
        Buddy b = pool.buddy(timer.teamId(), Long.parseLong(ref[0])).orElse(null);
        if (b == null || b.dmChannelId() == null) {
            return;
        }
        Texts t = speech.in(Lang.parse(b.lang()).orElse(speech.fallback(b.teamId())));
        slack.team(b.teamId())
                .post(
                        b.dmChannelId(),
                        null,
                        t.t("pairs.buddy.checkin." + ref[1] + ".text"),
                        PairsViews.buddyCheckIn(t, b, ref[1]));
    }

    private static String mentions(List<String> users) {
        return String.join(", ", users.stream().map(Mrkdwn::user).toList());
    }

    private String mentionsAsNames(CommandCall call, List<String> users) {
        return String.join(
                ", ",
                users.stream().map(u -> directory.shownName(call.teamId(), u)).toList());
    }
}
