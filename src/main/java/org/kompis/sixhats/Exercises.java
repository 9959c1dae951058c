package org.kompis.sixhats;

import com.slack.api.model.block.LayoutBlock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.kompis.core.Kit;
import org.kompis.i18n.Texts;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.TeamClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every step of an exercise needs: the store, the languages, rights, and the root message redrawn. */
final class Exercises {
    private static final Logger log = LoggerFactory.getLogger(Exercises.class);

    final Kit kit;

    Exercises(Kit kit) {
        this.kit = kit;
    }

    SixHatsStore store() {
        return kit.jdbi().onDemand(SixHatsStore.class);
    }

    Optional<Exercise> find(String team, long id) {
        return store().exercise(team, id);
    }

    TeamClient slack(String team) {
        return kit.slack().team(team);
    }

    long now() {
        return kit.clock().millis();
    }

    /** Posts in the channel speak the channel's language. */
    Texts channelTexts(Exercise e) {
        return kit.messages().in(kit.languages().ofChannel(e.teamId(), e.channelId()));
    }

    /** Ephemerals and modals speak the person's language. */
    Texts personTexts(String team, String user) {
        return kit.userTexts(team, user);
    }

    /** The facilitator, or a manager now; asked of the server every time. */
    boolean canLead(Exercise e, String user) {
        return e.ledBy(user) || kit.roles().isManagerNow(e.teamId(), user);
    }

    /** Why the person may not write into the channel now (removed from a private one, Slack unsure); or null. */
    Refusal notInChannel(String team, String channel, String user) {
        return switch (kit.roles().inChannelNow(team, channel, user)) {
            case YES -> null;
            case NO -> new Refusal("roles.not_in_channel");
            case UNKNOWN -> new Refusal("roles.check_failed");
        };
    }

    /** An ephemeral answer to one person; a failure is logged, not thrown: the click was already handled. */
    void show(String team, String channel, String user, String text, List<LayoutBlock> blocks) {
        try {
            slack(team).ephemeral(channel, user, text, blocks);
        } catch (SlackCallException e) {
            log.warn("Could not tell {} in {}: {}", user, channel, e.error());
        }
    }

    void tell(String team, String channel, String user, String key, Object... args) {
        show(team, channel, user, personTexts(team, user).t(key, args), null);
    }

    void refuseUnlessLead(Exercise e, String channel, String user) {
        tell(e.teamId(), channel, user, "sixhats.lead_only", Mrkdwn.user(e.facilitatorId()));
    }

    /** Posts in the exercise's thread; null when Slack refused (logged). */
    String postInThread(Exercise e, String text, List<LayoutBlock> blocks) {
        try {
            return slack(e.teamId()).post(e.channelId(), e.messageTs(), text, blocks);
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
        kit.claims().holding("sixhats:root:" + id, () -> {
            Optional<Exercise> found = find(team, id);
            if (found.isEmpty() || found.get().messageTs() == null) {
                return;
            }
            Exercise e = found.get();
            List<Participant> participants = store().participants(id);
            int groups = (int) participants.stream()
                    .map(Participant::groupNo)
                    .filter(g -> g != null)
                    .distinct()
                    .count();
            Texts t = channelTexts(e);
            try {
                slack(team)
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
        store().contributions(e.id()).forEach(c -> people.add(c.userId()));
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
