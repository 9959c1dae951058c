package org.kompis.lessons;

import com.slack.api.bolt.App;
import com.slack.api.model.event.ChannelDeletedEvent;
import com.slack.api.model.event.GroupDeletedEvent;
import com.slack.api.model.event.MessageChannelConvertToPublicEvent;

/**
 * Slack events that change who may find a channel's lessons. Each is a local write (the event is deduplicated
 * upstream), so a retry changes nothing; the cached channel info is dropped so the next check asks Slack.
 */
final class LessonsEvents {
    private final LessonsCore core;

    LessonsEvents(LessonsCore core) {
        this.core = core;
    }

    void install(App app) {
        app.event(ChannelDeletedEvent.class, (payload, ctx) -> {
            deleted(payload.getTeamId(), payload.getEvent().getChannel());
            return ctx.ack();
        });
        app.event(GroupDeletedEvent.class, (payload, ctx) -> {
            deleted(payload.getTeamId(), payload.getEvent().getChannel());
            return ctx.ack();
        });
        app.event(ChannelConverted.class, (payload, ctx) -> {
            String team = payload.getTeamId();
            String channel = payload.getEvent().getChannel();
            if (channel != null) {
                core.store().markChannelPrivate(team, channel, core.now());
                core.kit.directory().forgetChannel(team, channel);
            }
            return ctx.ack();
        });
        // Made public: its lessons follow, as its history does in Slack.
        app.event(MessageChannelConvertToPublicEvent.class, (payload, ctx) -> {
            String team = payload.getTeamId();
            String channel = payload.getEvent().getChannel();
            if (channel != null) {
                core.store().rememberChannel(team, channel, false, core.now());
                core.kit.directory().forgetChannel(team, channel);
            }
            return ctx.ack();
        });
    }

    private void deleted(String team, String channel) {
        if (channel != null) {
            core.store().markChannelDeleted(team, channel, core.now());
            core.kit.directory().forgetChannel(team, channel);
        }
    }
}
