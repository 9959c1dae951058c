package org.kompis.install;

import com.slack.api.bolt.App;
import java.lang.reflect.Field;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every listener Kompis registered with Bolt, read from the app itself: a listener added tomorrow shows up here
 * without anyone remembering to list it. Keys look like {@code command /aar}, {@code action aar_answer},
 * {@code view aar_start}, {@code event app_home_opened}.
 */
final class Listeners {
    private static final Map<String, String> KINDS = Map.of(
            "slashCommandHandlers", "command",
            "blockActionHandlers", "action",
            "blockSuggestionHandlers", "suggestion",
            "viewSubmissionHandlers", "view",
            "viewClosedHandlers", "closed",
            "globalShortcutHandlers", "shortcut",
            "messageShortcutHandlers", "message_shortcut",
            "eventHandlers", "event");

    private Listeners() {}

    /**
     * Every handler map of Bolt's App is read, also those of kinds Kompis does not use today (dialogs, workflow
     * steps, web endpoints): a listener of a new kind shows up under its map's name, which no case sends to.
     */
    static TreeSet<String> of(App app) {
        for (String field : KINDS.keySet()) {
            try {
                App.class.getDeclaredField(field);
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("Bolt's App no longer has " + field + ": update this test", e);
            }
        }
        TreeSet<String> out = new TreeSet<>();
        for (Field f : App.class.getDeclaredFields()) {
            if (!f.getName().endsWith("Handlers") || !Map.class.isAssignableFrom(f.getType())) {
                continue;
            }
            String kind = KINDS.getOrDefault(f.getName(), f.getName());
            try {
                f.setAccessible(true);
                for (Object key : ((Map<?, ?>) f.get(app)).keySet()) {
                    String name = key instanceof Pattern p ? p.pattern() : key.toString();
                    out.add(kind + " " + name.replaceAll("^\\^|\\$$", ""));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("Cannot read Bolt's " + f.getName(), e);
            }
        }
        return out;
    }
}
