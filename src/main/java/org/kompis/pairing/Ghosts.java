package org.kompis.pairing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackGateway;

/**
 * Donut's "ghost" rule: a follow-up's window closes when the channel's next round starts; whoever in the group
 * had not answered "Did you meet?" by then has missed one. Three missed in a row pause them (any answer starts the
 * count again), so people who stopped reading are not paired with someone who waits for them.
 */
final class Ghosts {
    static final int LIMIT = 3;

    private final PoolStore pool;
    private final RoundStore rounds;
    private final Jdbi jdbi;
    private final SlackGateway slack;
    private final Speech speech;

    Ghosts(PoolStore pool, RoundStore rounds, Jdbi jdbi, SlackGateway slack, Speech speech) {
        this.pool = pool;
        this.rounds = rounds;
        this.jdbi = jdbi;
        this.slack = slack;
        this.speech = speech;
    }

    /** Counts the follow-ups of the channel's earlier rounds; returns who was paused by this call. */
    List<String> closeWindows(Round round) {
        return jdbi.inTransaction(h -> {
            RoundStore rounds = h.attach(RoundStore.class);
            PoolStore pool = h.attach(PoolStore.class);
            for (RoundGroup g : rounds.openWindows(round.teamId(), round.channelId(), round.id())) {
                if (rounds.closeWindow(round.teamId(), g.id()) == 0) {
                    continue;
                }
                Set<String> answered = new HashSet<>();
                rounds.answers(g.id()).forEach(line -> answered.add(line.substring(0, line.indexOf(' '))));
                for (String user : rounds.groupMembers(g.id())) {
                    if (!answered.contains(user)) {
                        pool.missed(round.teamId(), round.channelId(), user);
                    }
                }
            }
            List<String> paused = new ArrayList<>();
            for (Member m : pool.members(round.teamId(), round.channelId())) {
                if (pool.pauseIfGhost(round.teamId(), round.channelId(), m.userId(), LIMIT) == 1) {
                    paused.add(m.userId());
                }
            }
            return paused;
        });
    }

    void tellPaused(String team, String channel, String user) {
        Texts t = speech.user(team, user);
        slack.team(team).tell(null, user, t.t("pairs.ghost.paused", Mrkdwn.channel(channel), LIMIT), null);
    }
}
