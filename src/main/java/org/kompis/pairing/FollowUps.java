package org.kompis.pairing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.kompis.core.Category;
import org.kompis.core.Claims;
import org.kompis.core.LessonSink;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Speech;
import org.kompis.core.Visibility;
import org.kompis.i18n.Texts;
import org.kompis.scheduling.Timer;
import org.kompis.slack.Directory;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Did you meet?" in the group DM some days after the round, the answers, and "What did you learn?" after a Yes,
 * which becomes a lesson draft. Who answers is taken from the payload and checked against the group in the
 * database: a button value is only a group id, never a right.
 */
final class FollowUps {
    private static final Logger log = LoggerFactory.getLogger(FollowUps.class);

    private final PoolStore pool;
    private final RoundStore rounds;
    private final SlackGateway slack;
    private final Directory directory;
    private final Speech speech;
    private final Clock clock;
    private final Claims claims;
    private final LessonSink lessons;

    FollowUps(
            PoolStore pool,
            RoundStore rounds,
            SlackGateway slack,
            Directory directory,
            Speech speech,
            Clock clock,
            Claims claims,
            LessonSink lessons) {
        this.pool = pool;
        this.rounds = rounds;
        this.slack = slack;
        this.directory = directory;
        this.speech = speech;
        this.clock = clock;
        this.claims = claims;
        this.lessons = lessons;
    }

    void onTimer(Timer timer) {
        RoundGroup g = rounds.group(timer.teamId(), Long.parseLong(timer.ref())).orElse(null);
        if (g == null || g.dmChannelId() == null || g.followupTs() != null) {
            return;
        }
        List<String> members = rounds.groupMembers(g.id());
        Texts t = texts(g);
        String ts = slack.team(g.teamId())
                .post(
                        g.dmChannelId(),
                        null,
                        t.t("pairs.followup.text"),
                        PairsViews.followUp(GroupLanguages.texts(g, speech), g.id(), members, List.of()));
        rounds.followedUp(g.teamId(), g.id(), ts);
    }

    /** The group of workspace {@code team}, if {@code user} is in it: what every click and submission checks first. */
    Optional<RoundGroup> groupOf(String team, String user, long groupId) {
        return rounds.group(team, groupId)
                .filter(g -> rounds.groupMembers(groupId).contains(user));
    }

    /** Stores an answer (local only: listeners call it before they ack); any answer restarts the ghost count. */
    void record(RoundGroup g, String user, String answer) {
        rounds.answer(g.id(), user, answer, clock.millis());
        pool.answered(g.teamId(), g.channelId(), user);
    }

    /** After an answer: a private reply, and the question redrawn with who has answered what. */
    void afterAnswer(RoundGroup g, String user, String answer) {
        Texts mine = speech.user(g.teamId(), user);
        String where = g.dmChannelId();
        if ("yes".equals(answer)) {
            slack.team(g.teamId()).tell(where, user, mine.t("pairs.met.yes"), PairsViews.metYes(mine, g.id()));
        } else {
            slack.team(g.teamId()).tell(where, user, mine.t("pairs.met." + answer), null);
        }
        claims.holding(Rounds.claim(g.teamId(), "group-" + g.id()), () -> {
            RoundGroup now = rounds.group(g.teamId(), g.id()).orElse(g);
            if (now.followupTs() == null) {
                return null;
            }
            Texts t = texts(now);
            List<String> answers = new ArrayList<>();
            for (String line : rounds.answers(now.id())) {
                String[] parts = line.split(" ", 2);
                answers.add(directory.shownName(now.teamId(), parts[0]) + ": " + t.t("pairs.answer." + parts[1]));
            }
            try {
                slack.team(now.teamId())
                        .update(
                                now.dmChannelId(),
                                now.followupTs(),
                                t.t("pairs.followup.text"),
                                PairsViews.followUp(
                                        GroupLanguages.texts(now, speech),
                                        now.id(),
                                        rounds.groupMembers(now.id()),
                                        answers));
            } catch (SlackCallException e) {
                log.info("Could not redraw the follow-up of group {}: {}", now.id(), e.error());
            }
            return null;
        });
    }

    /** "What did you learn?": the modal, prefilled with what they wrote before. */
    void openLearn(RoundGroup g, String user, String triggerId) {
        Texts t = speech.user(g.teamId(), user);
        RoundStore.Learning before = rounds.learnings(g.id()).stream()
                .filter(l -> l.userId().equals(user))
                .findFirst()
                .orElse(null);
        slack.team(g.teamId()).openView(triggerId, PairsModals.learn(t, g.id(), g.channelId(), before));
    }

    /** Stores what someone learned (local only: the submission is acknowledged after it). */
    void learned(RoundGroup g, String user, String text, boolean shared) {
        rounds.learned(g.id(), g.teamId(), g.channelId(), user, text, shared, clock.millis());
        if (rounds.answerOf(g.id(), user).isEmpty()) {
            record(g, user, "yes");
        }
    }

    /** Hands the stored text to the lessons library and tells the person where it went. */
    void afterLearned(RoundGroup g, String user) {
        NewLesson lesson = lessonsOf(g.teamId(), g.id()).stream()
                .filter(l -> user.equals(l.authorId()))
                .findFirst()
                .orElse(null);
        if (lesson == null) {
            return;
        }
        try {
            lessons.add(lesson);
        } catch (Exception e) {
            log.error("The lessons library refused the lesson of group {}", g.id(), e);
        }
        Texts t = speech.user(g.teamId(), user);
        slack.team(g.teamId())
                .tell(
                        g.dmChannelId(),
                        user,
                        lesson.visibility() == Visibility.CHANNEL
                                ? t.t("pairs.learned.shared", Mrkdwn.channel(g.channelId()))
                                : t.t("pairs.learned.private"),
                        null);
    }

    /** Every lesson of a group, shared or not: what the library is handed, again after a failure. */
    List<NewLesson> lessonsOf(String team, long groupId) {
        RoundGroup g = rounds.group(team, groupId).orElse(null);
        if (g == null) {
            return List.of();
        }
        return rounds.learnings(groupId).stream()
                .map(l -> lesson(g, l.userId(), l.text(), l.shared()))
                .toList();
    }

    /** In the channel's library if the person shared it, else theirs alone; the topic names who they met. */
    private NewLesson lesson(RoundGroup g, String user, String text, boolean shared) {
        List<String> members = rounds.groupMembers(g.id());
        Texts t = speech.user(g.teamId(), user);
        String others = String.join(
                ", ",
                members.stream()
                        .filter(m -> !m.equals(user))
                        .map(m -> directory.plainName(g.teamId(), m))
                        .toList());
        String[] tags = g.helpLines().stream().map(Group.Help::topic).distinct().toArray(String[]::new);
        return NewLesson.of(LessonSource.PAIRS, g.teamId(), text)
                .ref("pairs:" + g.id() + ":" + user)
                .inChannel(g.channelId())
                .topic(t.t("pairs.lesson.topic", others))
                .tags(tags)
                .category(Category.FROM_OTHERS)
                .visibility(shared ? Visibility.CHANNEL : Visibility.PRIVATE)
                .by(user)
                .at(clock.millis());
    }

    private Texts texts(RoundGroup g) {
        return GroupLanguages.texts(g, speech).get(0);
    }
}
