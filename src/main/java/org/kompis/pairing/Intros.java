package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kompis.core.Speech;
import org.kompis.core.Zones;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Directory;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages of a round: one group DM per pair or trio saying why they were matched, with a conversation
 * starter, in the group's common language; and the note in the channel ({@link RoundNotes}). Each intro is
 * recorded with its ts, so sending again sends only the missing ones.
 */
final class Intros {
    private static final Logger log = LoggerFactory.getLogger(Intros.class);

    private final PoolStore pool;
    private final RoundStore rounds;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Zones zones;
    private final int followUpDays;
    private final Starters starters;
    private final RoundNotes notes;

    Intros(
            PoolStore pool,
            RoundStore rounds,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Zones zones,
            int followUpDays,
            Starters starters,
            RoundNotes notes) {
        this.pool = pool;
        this.rounds = rounds;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.zones = zones;
        this.followUpDays = followUpDays;
        this.starters = starters;
        this.notes = notes;
    }

    /** Sends every intro of the round that has not been sent, then the channel note once. */
    void send(Round round) {
        for (RoundGroup g : rounds.groups(round.id())) {
            if (g.introTs() == null) {
                introduce(round, g);
            }
        }
        notes.matched(round);
    }

    private void introduce(Round round, RoundGroup g) {
        String team = round.teamId();
        List<String> members = rounds.groupMembers(g.id());
        Set<String> hidden = new HashSet<>();
        pool.profiles(team, members).stream().filter(Profile::isPrivate).forEach(p -> hidden.add(p.userId()));
        Instant followUp = round.at().plus(Duration.ofDays(followUpDays));
        List<String> texts = new ArrayList<>();
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Texts t : GroupLanguages.texts(g, speech)) {
            List<String> why = PairsViews.reasons(t, g, hidden, user -> directory.shownName(team, user));
            String starter = starters.pick(t.lang(), round.id(), g.groupNo());
            texts.add(t.t(members.size() == 3 ? "pairs.intro.text.trio" : "pairs.intro.text.pair"));
            if (!blocks.isEmpty()) {
                blocks.add(Blocks.divider());
            }
            blocks.addAll(PairsViews.intro(
                    t,
                    members,
                    round.channelId(),
                    PairDates.date(t, round.at(), zones.zone(team)),
                    why,
                    starter,
                    PairDates.date(t, followUp, zones.zone(team))));
        }
        try {
            String dm = slack.team(team).openConversation(members);
            String ts = slack.team(team).post(dm, null, String.join(" / ", texts), blocks);
            rounds.introduced(team, g.id(), dm, ts);
        } catch (SlackCallException e) {
            log.warn("Could not introduce group {} of round {}: {}", g.id(), round.id(), e.error());
        }
    }

    /** Nobody left to pair with (everyone else was on their rather-not list, or the reverse). */
    void tellUnmatched(String team, String channel, String user) {
        slack.team(team).tell(null, user, speech.user(team, user).t("pairs.unmatched", Mrkdwn.channel(channel)), null);
    }
}
