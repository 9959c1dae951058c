package org.kompis.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the emulated Slack remembers, in one object Gson writes next to the database: Kompis's rows point at
 * messages by ts, so both must survive a restart together (and Reset removes both).
 */
final class WorkspaceData {
    long clockOffsetMillis;
    /**
     * The key the sandbox's Kompis seals its stored Slack tokens with (KOMPIS_SECRET_KEY): the sandbox plays the
     * operator too, and the key must go with the database it opens. Kept in the first workspace's file only.
     */
    String sealingKey;

    long lastTsMicros;
    long lastId;
    Map<String, Conversation> conversations = new LinkedHashMap<>();
    List<Message> messages = new ArrayList<>();
    Map<String, View> views = new LinkedHashMap<>();
    Map<String, String> homes = new LinkedHashMap<>();
    Map<String, List<String>> modals = new LinkedHashMap<>();
    Map<String, StoredFile> files = new LinkedHashMap<>();
    Map<String, ResponseTarget> responseUrls = new LinkedHashMap<>();
    Map<String, Integer> unsupported = new LinkedHashMap<>();
}
