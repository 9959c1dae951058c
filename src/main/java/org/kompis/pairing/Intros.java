package org.kompis.pairing;

import com.slack.api.model.block.LayoutBlock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.kompis.i18n.Texts;
import org.kompis.slack.Blocks;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The messages of a round: one group DM per pair or trio saying why they were matched, with a conversation
 * starter, in the group's common language; and a short note in the channel. Each intro is recorded with its ts,
 * so sending again sends only the missing ones.
 */
final class Intros {
    private static final Logger log = LoggerFactory.getLogger(Intros.class);

    private final PairsCore core;
    private final Starters starters;

    Intros(PairsCore core, Starters starters) {
        this.core = core;
        this.starters = starters;
    }

    /** Sends every intro of the round that has not been sent, then the channel note once. */
    void send(Round round) {
        for (RoundGroup g : core.rounds().groups(round.id())) {
            if (g.introTs() == null) {
                introduce(round, g);
            }
        }
        if (round.announceTs() == null) {
            Texts t = core.channelTexts(round.teamId(), round.channelId());
            int groups = core.rounds().groups(round.id()).size();
            try {
                String ts = core.slack(round.teamId())
                        .post(
                                round.channelId(),
                                null,
                                t.t("pairs.round.announce.text", round.roundNo()),
                                PairsViews.announce(t, round, groups));
                core.rounds().announced(round.id(), ts);
            } catch (SlackCallException e) {
                log.info("Could not announce round {} in {}: {}", round.id(), round.channelId(), e.error());
            }
        }
    }

    private void introduce(Round round, RoundGroup g) {
        String team = round.teamId();
        List<String> members = core.rounds().groupMembers(g.id());
        Set<String> hidden = new HashSet<>();
        core.pool().profiles(team, members).stream().filter(Profile::isPrivate).forEach(p -> hidden.add(p.userId()));
        Instant followUp = round.at().plus(Duration.ofDays(core.kit.config().pairsFollowUpDays()));
        List<String> texts = new ArrayList<>();
        List<LayoutBlock> blocks = new ArrayList<>();
        for (Texts t : core.groupTexts(g)) {
            List<String> why = PairsViews.reasons(t, g, hidden, user -> core.name(team, user));
            String starter = starters.pick(t.lang(), round.id(), g.groupNo());
            texts.add(t.t(members.size() == 3 ? "pairs.intro.text.trio" : "pairs.intro.text.pair"));
            if (!blocks.isEmpty()) {
                blocks.add(Blocks.divider());
            }
            blocks.addAll(PairsViews.intro(
                    t, members, round.channelId(), core.date(t, round.at()), why, starter, core.date(t, followUp)));
        }
        try {
            String dm = core.slack(team).openConversation(members);
            String ts = core.slack(team).post(dm, null, String.join(" / ", texts), blocks);
            core.rounds().introduced(g.id(), dm, ts);
        } catch (SlackCallException e) {
            log.warn("Could not introduce group {} of round {}: {}", g.id(), round.id(), e.error());
        }
    }

    /** Nobody left to pair with (everyone else was on their rather-not list, or the reverse). */
    void tellUnmatched(String team, String channel, String user) {
        core.dm(team, user, core.userTexts(team, user).t("pairs.unmatched", Mrkdwn.channel(channel)), null);
    }

    /** A scheduled round with fewer than two people: said in the channel, so someone can invite more. */
    void tooFew(Round round) {
        Texts t = core.channelTexts(round.teamId(), round.channelId());
        try {
            core.slack(round.teamId()).post(round.channelId(), null, t.t("pairs.round.too_few"), null);
        } catch (SlackCallException e) {
            log.info("Could not say round {} was too small: {}", round.id(), e.error());
        }
    }
}
