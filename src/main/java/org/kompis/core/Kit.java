package org.kompis.core;

import com.slack.api.bolt.App;
import java.time.Clock;
import java.util.concurrent.ExecutorService;
import org.jdbi.v3.core.Jdbi;
import org.kompis.delivery.Outbox;
import org.kompis.i18n.Languages;
import org.kompis.i18n.Messages;
import org.kompis.roles.Roles;
import org.kompis.scheduling.Scheduler;
import org.kompis.slack.Directory;
import org.kompis.slack.Events;
import org.kompis.slack.SlackGateway;

/** The shared plumbing a ritual is given when it installs itself. */
public record Kit(
        Config config,
        App app,
        Jdbi jdbi,
        SlackGateway slack,
        Directory directory,
        Messages messages,
        Languages languages,
        Roles roles,
        Commands commands,
        Scheduler scheduler,
        Clock clock,
        ExecutorService workers,
        Outbox outbox,
        Events events,
        Home home,
        Privacy privacy,
        Workspaces workspaces,
        Claims claims) {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Kit.class);

    /** The settings of the workspace {@code teamId}: its zone, language, managers, holidays. */
    public WorkspaceSettings settings(String teamId) {
        return workspaces.of(teamId);
    }

    /** A person's time zone: their own in Slack, else their workspace's. */
    public java.time.ZoneId userZone(String teamId, String userId) {
        try {
            String tz = directory.user(teamId, userId).timeZone();
            if (tz != null && !tz.isBlank()) {
                return java.time.ZoneId.of(tz);
            }
        } catch (org.kompis.slack.SlackCallException | java.time.DateTimeException e) {
            // no usable Slack time zone: the workspace's below
        }
        return settings(teamId).timeZone();
    }

    /**
     * The public holidays a channel's schedules skip: its language names the country (nb Norway, sv Sweden), else
     * the workspace's calendar.
     */
    public org.kompis.scheduling.Holidays channelHolidays(String teamId, String channelId) {
        return switch (languages.ofChannel(teamId, channelId)) {
            case NB -> org.kompis.scheduling.Holidays.NORWAY;
            case SV -> org.kompis.scheduling.Holidays.SWEDEN;
            case EN -> settings(teamId).holidays();
        };
    }

    /** Texts in a person's language: for their modals, ephemerals and DMs. */
    public org.kompis.i18n.Texts userTexts(String teamId, String userId) {
        return messages.in(languages.ofUser(teamId, userId));
    }

    /** Texts in a channel's language: for what is posted there, whoever reads it. */
    public org.kompis.i18n.Texts channelTexts(String teamId, String channelId) {
        return messages.in(languages.ofChannel(teamId, channelId));
    }

    /**
     * Runs Slack work after the ack, on the worker pool. A failure is logged with {@code what}, never thrown back at
     * Slack. When the pool is full nothing runs, it is logged, and false tells the caller to say "busy" or to leave
     * the work to its next trigger; the pool is bounded so that a flood cannot exhaust memory.
     */
    public boolean later(String what, Runnable work) {
        try {
            workers.execute(() -> {
                long start = System.nanoTime();
                String outcome = "ok";
                try {
                    work.run();
                } catch (RuntimeException e) {
                    outcome = "error";
                    LOG.error("{} failed", what, e);
                } finally {
                    io.micrometer.core.instrument.Metrics.timer("kompis.handlers", "outcome", outcome)
                            .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
                }
            });
            return true;
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.warn("Workers are full; {} was not started", what);
            return false;
        }
    }
}
