package org.kompis.lessons;

import com.slack.api.model.event.ChannelDeletedEvent;
import com.slack.api.model.event.GroupDeletedEvent;
import com.slack.api.model.event.MessageChannelConvertToPublicEvent;
import java.time.Clock;
import org.kompis.slack.Directory;
import org.kompis.slack.Events;

/**
 * Slack events that change who may find a channel's lessons. Each is a local write (the event is deduplicated
 * upstream), so a retry changes nothing; the cached channel info is dropped so the next check asks Slack.
 */
final class LessonsEvents {
    private final LessonStore store;
    private final Directory directory;
    private final Clock clock;

    LessonsEvents(LessonStore store, Directory directory, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.clock = clock;
    }

    void install(Events events) {
        events.now(
                ChannelDeletedEvent.class,
                payload -> deleted(payload.getTeamId(), payload.getEvent().getChannel()));
        events.now(
                GroupDeletedEvent.class,
                payload -> deleted(payload.getTeamId(), payload.getEvent().getChannel()));
        events.now(ChannelConverted.class, payload -> {
            String team = payload.getTeamId();
            String channel = payload.getEvent().getChannel();
            if (channel != null) {
                store.markChannelPrivate(team, channel, clock.millis());
                directory.forgetChannel(team, channel);
            }
        });
        // Made public: its lessons follow, as its history does in Slack.
        events.now(MessageChannelConvertToPublicEvent.class, payload -> {
            String team = payload.getTeamId();
            String channel = payload.getEvent().getChannel();
            if (channel != null) {
                store.rememberChannel(team, channel, false, clock.millis());
                directory.forgetChannel(team, channel);
            }
        });
    }

    private void deleted(String team, String channel) {
        if (channel != null) {
            store.markChannelDeleted(team, channel, clock.millis());
            directory.forgetChannel(team, channel);
        }
    }
}
