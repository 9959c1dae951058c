package org.kompis.sandbox;

import com.google.gson.JsonArray;
import java.util.ArrayList;
import java.util.List;

/** A message as the emulated Slack keeps it. {@code ephemeralFor} is set for a message only one person sees. */
final class Message {
    String ts;
    String channel;
    String threadTs;
    String user;
    boolean bot;
    String text;
    JsonArray blocks;
    List<String> files = new ArrayList<>();
    String ephemeralFor;
    boolean edited;

    boolean visibleTo(String viewer) {
        return ephemeralFor == null || ephemeralFor.equals(viewer);
    }
}
