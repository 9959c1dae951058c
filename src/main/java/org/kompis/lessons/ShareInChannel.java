package org.kompis.lessons;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.kompis.core.Speech;
import org.kompis.i18n.Texts;
import org.kompis.slack.SlackCallException;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.Views;

/**
 * "Share in channel" under a search result: the lesson is posted where the person is, once per click burst, and only
 * when everyone there may see it; a public channel made private since is asked about first.
 */
final class ShareInChannel {
    private final LessonSearch search;
    private final ChannelPrivacy channelPrivacy;
    private final LessonPeople people;
    private final SlackGateway slack;
    private final Speech speech;
    private final Clock clock;
    private final LessonsViews views;
    private final RecentClicks shares = new RecentClicks(30_000);

    ShareInChannel(
            LessonSearch search,
            ChannelPrivacy channelPrivacy,
            LessonPeople people,
            SlackGateway slack,
            Speech speech,
            Clock clock,
            LessonsViews views) {
        this.search = search;
        this.channelPrivacy = channelPrivacy;
        this.people = people;
        this.slack = slack;
        this.speech = speech;
        this.clock = clock;
        this.views = views;
    }

    void share(String team, String channel, String user, String responseUrl, String value) {
        Texts t = speech.user(team, user);
        long id = Views.number(value);
        if (channel == null) {
            return;
        }
        Optional<Lesson> seen = search.visible(team, id, people.viewer(team, user));
        if (seen.isEmpty()) {
            slack.team(team).respond(responseUrl, false, channel, user, t.t("lessons.share.gone"), null);
            return;
        }
        // A public channel made private since: ask Slack before this lesson leaves it.
        if (!Objects.equals(seen.get().channelId(), channel)) {
            channelPrivacy.turnedPrivate(team, List.of(seen.get()), Set.of(channel));
        }
        Optional<Lesson> shareable = search.shareableIn(team, id, channel);
        if (shareable.isEmpty()) {
            slack.team(team).respond(responseUrl, false, channel, user, t.t("lessons.share.refused"), null);
            return;
        }
        if (!channel.equals(shareable.get().channelId()) && people.externallyShared(team, channel)) {
            slack.team(team).respond(responseUrl, false, channel, user, t.t("lessons.share.external"), null);
            return;
        }
        if (!shares.first(team + "/" + channel + "/" + id, clock.millis())) {
            return;
        }
        Texts ct = speech.channel(team, channel);
        try {
            slack.team(team)
                    .post(
                            channel,
                            null,
                            ct.t("lessons.shared.text", people.name(team, user, ct)),
                            views.shared(team, shareable.get(), ct, user));
            slack.team(team).respond(responseUrl, false, channel, user, t.t("lessons.share.done"), null);
        } catch (SlackCallException e) {
            slack.team(team).respond(responseUrl, false, channel, user, t.t("lessons.share.failed"), null);
        }
    }
}
