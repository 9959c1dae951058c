package org.kompis.sixhats;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kompis.core.Claims;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The exercise as people see it in the channel: its root message redrawn from the database, its thread, and the
 * private answers to one person. Who may lead is asked of the server every time.
 */
final class ExerciseThread {
    private static final Logger log = LoggerFactory.getLogger(ExerciseThread.class);

    private final SixHatsStore store;
    private final SlackGateway slack;
    private final Speech speech;
    private final Roles roles;
    private final Claims claims;

    ExerciseThread(SixHatsStore store, SlackGateway slack, Speech speech, Roles roles, Claims claims) {
        this.store = store;
        this.slack = slack;
        this.speech = speech;
        this.roles = roles;
        this.claims = claims;
    }

    /**
     * The exercise, when this person may steer it; otherwise they are told why (it is gone, or it is not theirs to
     * lead) and it is empty.
     */
    Optional<Exercise> toLead(String team, long id, String user, String channel) {
        Exercise e = store.exercise(team, id).orElse(null);
        if (e == null) {
            tell(team, channel, user, "sixhats.not_found");
            return Optional.empty();
        }
        if (!canLead(e, user)) {
            refuseUnlessLead(e, channel, user);
            return Optional.empty();
        }
        return stillIn(e, user, channel) ? Optional.of(e) : Optional.empty();
    }

    /**
     * Whether the person is still in the exercise's channel now (a private channel is asked afresh); when not, they
     * are told privately (by DM when the channel no longer lets them see an ephemeral) and it is false.
     */
    boolean stillIn(Exercise e, String user, String channel) {
        Refusal refusal = notInChannel(e.teamId(), e.channelId(), user);
        if (refusal != null) {
            slack.team(e.teamId())
                    .tell(channel, user, speech.user(e.teamId(), user).t(refusal.key(), refusal.args()), null);
        }
        return refusal == null;
    }

    /** The facilitator, or a manager now; asked of the server every time. */
    boolean canLead(Exercise e, String user) {
        return e.ledBy(user) || roles.isManagerNow(e.teamId(), user);
    }

    /** Why the person may not write into the channel now (removed from a private one, Slack unsure); or null. */
    Refusal notInChannel(String team, String channel, String user) {
        return switch (roles.inChannelNow(team, channel, user)) {
            case YES -> null;
            case NO -> new Refusal("roles.not_in_channel");
            case UNKNOWN -> new Refusal("roles.check_failed");
        };
    }

    /** An ephemeral answer to one person; a failure is logged, not thrown: the click was already handled. */
    void show(String team, String channel, String user, String text, List<LayoutBlock> blocks) {
        try {
            slack.team(team).ephemeral(channel, user, text, blocks);
        } catch (SlackCallException e) {
            log.warn("Could not tell {} in {}: {}", user, channel, e.error());
        }
    }

    void tell(String team, String channel, String user, String key, Object... args) {
        show(team, channel, user, speech.user(team, user).t(key, args), null);
    }

    void refuseUnlessLead(Exercise e, String channel, String user) {
        tell(e.teamId(), channel, user, "sixhats.lead_only", Mrkdwn.user(e.facilitatorId()));
    }

    /** Posts in the exercise's thread; null when Slack refused (logged). */
    String postInThread(Exercise e, String text, List<LayoutBlock> blocks) {
        try {
            return slack.team(e.teamId()).post(e.channelId(), e.messageTs(), text, blocks);
        } catch (SlackCallException ex) {
            log.warn("Could not post in the thread of six hats {}: {}", e.id(), ex.error());
            return null;
        }
    }

    /**
     * Redraws the root message from what the database says now. One redraw per exercise at a time (a claim, so
     * across processes too), so two joins in a row can never leave the older count on screen.
     */
    void refresh(String team, long id) {
        claims.holding("sixhats:root:" + id, () -> {
            Optional<Exercise> found = store.exercise(team, id);
            if (found.isEmpty() || found.get().messageTs() == null) {
                return;
            }
            Exercise e = found.get();
            List<Participant> participants = store.participants(id);
            int groups = (int) participants.stream()
                    .map(Participant::groupNo)
                    .filter(g -> g != null)
                    .distinct()
                    .count();
            Texts t = speech.channel(e.teamId(), e.channelId());
            try {
                slack.team(team)
                        .update(
                                e.channelId(),
                                e.messageTs(),
                                SixHatsViews.rootText(t, e),
                                SixHatsViews.root(t, e, people(e, participants).size(), groups));
            } catch (SlackCallException ex) {
                log.warn("Could not redraw six hats {}: {}", id, ex.error());
            }
        });
    }

    /** Everyone who took part: who joined, then who wrote without joining (possible hat by hat). */
    List<String> people(Exercise e, List<Participant> participants) {
        Set<String> people = new LinkedHashSet<>();
        participants.forEach(p -> people.add(p.userId()));
        store.contributions(e.id()).forEach(c -> people.add(c.userId()));
        return List.copyOf(people);
    }

    /** The groups of an exercise in threes as they stand, from the seated participants, in group order. */
    static List<Group> groups(List<Participant> participants) {
        Map<Integer, List<Seat>> byGroup = new TreeMap<>();
        for (Participant p : participants) {
            if (p.groupNo() != null && p.hat() != null) {
                byGroup.computeIfAbsent(p.groupNo(), g -> new ArrayList<>()).add(new Seat(p.userId(), p.hatValue()));
            }
        }
        return byGroup.values().stream().map(Group::new).toList();
    }
}
