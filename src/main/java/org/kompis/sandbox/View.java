package org.kompis.sandbox;

import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** A modal or Home tab as Slack stores it: the view JSON with its id and hash, and the errors shown under inputs. */
final class View {
    String id;
    String user;
    JsonObject json;
    Map<String, String> errors = new LinkedHashMap<>();

    boolean notifyOnClose() {
        return json.has("notify_on_close") && json.get("notify_on_close").getAsBoolean();
    }
}
