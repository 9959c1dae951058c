package org.kompis.app;

import com.slack.api.bolt.App;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.kompis.slack.SlackGateway;
import org.kompis.slack.Triggers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The middleware that makes sure a person hears back when their request could not be done: a listener that failed
 * ({@link FailSafe}), a form Slack would not open ({@link Triggers}), a click the full worker pool refused
 * ({@link BusyClicks}). Their private notes go out on two threads of their own: the workers may be what is full.
 */
final class Answers {
    private static final Logger log = LoggerFactory.getLogger(Answers.class);

    private final ThreadPoolExecutor notes;
    private final SlackGateway gateway;

    private Answers(SlackGateway gateway) {
        this.gateway = gateway;
        AtomicInteger n = new AtomicInteger();
        this.notes = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(1000), r -> {
            Thread t = new Thread(r, "kompis-notes-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // Idle threads end, so a stopped Kompis leaves none behind.
        notes.allowCoreThreadTimeOut(true);
        notes.setRejectedExecutionHandler((r, pool) -> log.warn("Too many private notes waiting; one was not sent"));
    }

    static void install(App app, Kit kit) {
        Answers answers = new Answers(kit.slack());
        app.use(new FailSafe(
                (team, user) -> team == null
                        ? kit.messages().in(kit.config().defaultLanguage())
                        : kit.speech().user(team, user),
                (team, channel, user, url, text) -> answers.tell(team, channel, user, url, () -> text)));
        app.use(new BusyClicks(
                kit.background(),
                (team, channel, user, url) -> answers.tell(
                        team,
                        channel,
                        user,
                        url,
                        () -> kit.speech().user(team, user).t("common.busy"))));
        Triggers triggers = new Triggers();
        app.use(triggers);
        kit.slack()
                .onFormNotOpened((trigger, error) -> triggers.of(trigger)
                        .ifPresent(o -> answers.tell(
                                o.teamId(),
                                o.channelId(),
                                o.userId(),
                                o.responseUrl(),
                                () -> kit.speech()
                                        .user(o.teamId(), o.userId())
                                        .t(
                                                "ratelimited".equals(error)
                                                        ? "common.slow_down"
                                                        : "common.form_not_opened"))));
    }

    /** Privately, through the response_url, else an ephemeral message, else a DM; the text is found on the way. */
    private void tell(String team, String channel, String user, String url, Supplier<String> text) {
        notes.execute(() -> {
            try {
                gateway.team(team).respond(url, false, channel, user, text.get(), null);
            } catch (RuntimeException e) {
                log.warn("A private note could not be sent", e);
            }
        });
    }
}
