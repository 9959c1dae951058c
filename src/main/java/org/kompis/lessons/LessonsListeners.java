package org.kompis.lessons;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.view.ViewState;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kompis.core.Background;
import org.kompis.core.Category;
import org.kompis.core.LessonSource;
import org.kompis.core.NewLesson;
import org.kompis.core.Speech;
import org.kompis.core.Visibility;
import org.kompis.i18n.Texts;
import org.kompis.roles.Roles;
import org.kompis.slack.Mrkdwn;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.Views;

/**
 * Buttons and modals. A listener reads the payload, validates, writes to SQLite and acknowledges; every Slack call
 * runs after, on the worker pool. Who may see or share a lesson is decided again on the server at each click.
 */
final class LessonsListeners {
    static final String SEARCH_OPEN = "lessons_search_open";

    private final LessonStore store;
    private final ChannelPrivacy channelPrivacy;
    private final LessonPeople people;
    private final SlackGateway slack;
    private final Speech speech;
    private final Roles roles;
    private final Clock clock;
    private final Background background;
    private final LessonsViews views;
    private final Lookup lookup;
    private final ShareInChannel sharing;

    LessonsListeners(
            LessonStore store,
            ChannelPrivacy channelPrivacy,
            LessonPeople people,
            SlackGateway slack,
            Speech speech,
            Roles roles,
            Clock clock,
            Background background,
            LessonsViews views,
            Lookup lookup,
            ShareInChannel sharing) {
        this.store = store;
        this.channelPrivacy = channelPrivacy;
        this.people = people;
        this.slack = slack;
        this.speech = speech;
        this.roles = roles;
        this.clock = clock;
        this.background = background;
        this.views = views;
        this.lookup = lookup;
        this.sharing = sharing;
    }

    void install(App app) {
        app.blockAction(LessonsViews.SHARE, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            background.later("A lessons step", () -> {
                // A result shown before they were removed from a private channel must not post into it now.
                String notIn = channel(p) == null
                        ? null
                        : roles.notInChannelNow(team, channel(p), user, speech.user(team, user));
                if (notIn != null) {
                    slack.team(team).respond(p.getResponseUrl(), false, channel(p), user, notIn, null);
                    return;
                }
                sharing.share(team, channel(p), user, p.getResponseUrl(), value(p));
            });
            return ctx.ack();
        });
        app.blockAction(LessonsViews.MORE, (req, ctx) -> {
            var p = req.getPayload();
            background.later(
                    "A lessons step",
                    () -> more(p.getTeam().getId(), channel(p), p.getUser().getId(), p.getResponseUrl(), value(p)));
            return ctx.ack();
        });
        app.blockAction(LessonsViews.ADD_OPEN, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            background.later(
                    "A lessons step",
                    () -> slack.team(team)
                            .openView(
                                    p.getTriggerId(),
                                    LessonsModals.add(
                                            speech.user(team, p.getUser().getId()), channel(p), null)));
            return ctx.ack();
        });
        app.blockAction(SEARCH_OPEN, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            background.later("A lessons step", () -> {
                slack.team(team).openView(p.getTriggerId(), LessonsModals.search(speech.user(team, user)));
                // While they type: their channels are then at hand when the search runs.
                people.viewer(team, user);
            });
            return ctx.ack();
        });
        app.viewSubmission(LessonsModals.ADD, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            Texts t = speech.user(team, user);
            Written w = written(p.getView().getState());
            if (w.text() == null) {
                return ctx.ackWithErrors(Map.of(LessonsModals.TEXT, t.t("lessons.add.text.missing")));
            }
            String channel = channelOf(p.getView().getPrivateMetadata());
            String notIn = channel == null ? null : roles.notInChannelNow(team, channel, user, t);
            if (notIn != null) {
                return ctx.ackWithErrors(Map.of(LessonsModals.TEXT, notIn));
            }
            NewLesson lesson = NewLesson.of(LessonSource.MANUAL, team, w.text())
                    .ref("manual:" + p.getView().getId())
                    .inChannel(channel)
                    .topic(w.topic())
                    .tags(w.tags() == null ? "" : w.tags())
                    .category(w.category())
                    .visibility(channel == null ? Visibility.WORKSPACE : w.visibility())
                    .mistake(w.mistake())
                    .at(clock.millis());
            // Anonymous: no author id is stored at all, so nothing can link the lesson to the person later.
            // A retried submission carries the same view id: stored once, confirmed once.
            if (store.add(w.anonymous() ? lesson : lesson.by(user)).isPresent()) {
                background.later("A lessons step", () -> added(team, channel, user, w));
            }
            return ctx.ack();
        });
        app.viewSubmission(LessonsModals.SEARCH, (req, ctx) -> {
            var p = req.getPayload();
            String team = p.getTeam().getId();
            String user = p.getUser().getId();
            String typed = Optional.ofNullable(
                            Views.value(p.getView().getState(), LessonsModals.QUERY, LessonsModals.QUERY))
                    .orElse("");
            String viewId = p.getView().getId();
            Texts t = speech.user(team, user);
            // The person's channels come from Slack, which a listener must not wait for: show "searching", then
            // results.
            background.later("A lessons step", () -> {
                Lookup.Result r = lookup.run(team, null, user, typed, 0, LessonsModals.HOME_RESULTS);
                slack.team(team).updateView(viewId, LessonsModals.results(views, team, t, r));
            });
            return ctx.ack(r -> r.responseAction("update").view(LessonsModals.searching(t)));
        });
    }

    /** What the add form holds, read without any Slack call. */
    record Written(
            String text,
            String topic,
            String tags,
            Category category,
            Visibility visibility,
            boolean mistake,
            boolean anonymous) {}

    static Written written(ViewState s) {
        List<String> options = Views.values(s, LessonsModals.OPTIONS, LessonsModals.OPTIONS);
        return new Written(
                Views.value(s, LessonsModals.TEXT, LessonsModals.TEXT),
                Views.value(s, LessonsModals.TOPIC, LessonsModals.TOPIC),
                Views.value(s, LessonsModals.TAGS, LessonsModals.TAGS),
                category(Views.value(s, LessonsModals.CATEGORY, LessonsModals.CATEGORY)),
                "workspace".equals(Views.value(s, LessonsModals.VISIBILITY, LessonsModals.VISIBILITY))
                        ? Visibility.WORKSPACE
                        : Visibility.CHANNEL,
                options.contains(LessonsModals.MISTAKE),
                options.contains(LessonsModals.ANONYMOUS));
    }

    private static Category category(String value) {
        for (Category c : Category.values()) {
            if (c.name().equalsIgnoreCase(value)) {
                return c;
            }
        }
        return null;
    }

    /** Learns whether the channel is private (its lessons then stay with its members) and says what was stored. */
    private void added(String team, String channel, String user, Written w) {
        boolean isPrivate = channelPrivacy.learn(team, channel);
        Texts t = speech.user(team, user);
        String key = channel == null
                ? "lessons.add.saved.workspace"
                : isPrivate
                        ? "lessons.add.saved.private_channel"
                        : w.visibility() == Visibility.WORKSPACE
                                ? "lessons.add.saved.workspace"
                                : "lessons.add.saved.channel";
        String text = t.t(key, channel == null ? "" : Mrkdwn.channel(channel))
                + (w.anonymous() ? " " + t.t("lessons.add.saved.anonymous") : "");
        slack.team(team).tell(channel, user, text, null);
    }

    private void more(String team, String channel, String user, String responseUrl, String value) {
        int bar = value == null ? -1 : value.indexOf('|');
        int offset = bar < 0 ? 0 : (int) Math.max(0, Math.min(Views.number(value.substring(0, bar)), 10_000));
        String typed = bar < 0 ? "" : value.substring(bar + 1);
        Texts t = speech.user(team, user);
        Lookup.Result r = lookup.run(team, user, typed, offset, LessonsViews.PAGE);
        slack.team(team)
                .respond(
                        responseUrl,
                        true,
                        channel,
                        user,
                        views.resultsText(team, t, typed),
                        views.results(team, t, typed, r.page(), offset));
    }

    private static String channelOf(String metadata) {
        return metadata != null && metadata.matches("[CG][A-Z0-9]{2,30}") ? metadata : null;
    }

    private static String channel(BlockActionPayload p) {
        if (p.getChannel() != null) {
            return p.getChannel().getId();
        }
        return p.getContainer() == null ? null : p.getContainer().getChannelId();
    }

    private static String value(BlockActionPayload p) {
        return p.getActions() == null || p.getActions().isEmpty()
                ? null
                : p.getActions().get(0).getValue();
    }
}
