package org.kompis.lessons;

import com.slack.api.model.event.Event;

/**
 * The {@code channel_convert_to_private} message Slack sends in a channel made private. The SDK has a class for
 * the opposite conversion only; Bolt keys a handler on type and subtype, read from a fresh instance of this class.
 * It reaches Kompis only with the {@code message.channels}/{@code message.groups} events (and their history
 * scopes), so {@link ChannelPrivacy} also asks Slack directly.
 */
public final class ChannelConverted implements Event {
    public static final String TYPE_NAME = "message";
    public static final String SUBTYPE_NAME = "channel_convert_to_private";

    private final String type = TYPE_NAME;
    private final String subtype = SUBTYPE_NAME;
    private String channel;

    @Override
    public String getType() {
        return type;
    }

    @Override
    public String getSubtype() {
        return subtype;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }
}
