package org.kompis.sandbox;

import java.util.ArrayList;
import java.util.List;

/** A channel, private channel, DM with Kompis or group DM. Plain fields: it is written to disk with Gson. */
final class Conversation {
    static final String CHANNEL = "channel";
    static final String PRIVATE = "private";
    static final String IM = "im";
    static final String MPIM = "mpim";

    String id;
    String name;
    String kind;
    String topic;
    long created;
    List<String> members = new ArrayList<>();

    Conversation() {}

    Conversation(String id, String name, String kind, String topic, long created, List<String> members) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.topic = topic;
        this.created = created;
        this.members = new ArrayList<>(members);
    }

    /** Who sees it: members, and for a public channel everyone (they can read and join it). */
    boolean visibleTo(String user) {
        return CHANNEL.equals(kind) || members.contains(user);
    }
}
