package org.kompis.sixhats;

import java.util.List;
import java.util.Locale;

/**
 * The six thinking hats, declared in the canonical order: white, red, black, yellow, green, blue. That is the
 * order de Bono presents them in, with blue last because it steers the others; summaries are grouped by hat in
 * this order ({@link #values()}). The emoji are Slack shortcodes, which Slack renders on every client.
 */
public enum Hat {
    WHITE(":white_circle:"),
    RED(":red_circle:"),
    BLACK(":black_circle:"),
    YELLOW(":large_yellow_circle:"),
    GREEN(":large_green_circle:"),
    BLUE(":large_blue_circle:");

    private static final List<Hat> CANONICAL = List.of(values());

    private final String emoji;

    Hat(String emoji) {
        this.emoji = emoji;
    }

    /** All hats in canonical order, as an immutable list. */
    public static List<Hat> canonical() {
        return CANONICAL;
    }

    /** A Slack shortcode such as {@code :red_circle:}. */
    public String emoji() {
        return emoji;
    }

    /** Message key of the hat's name, e.g. {@code sixhats.hat.white.name}. */
    public String nameKey() {
        return "sixhats.hat." + id() + ".name";
    }

    /** Message key of one imperative sentence telling the wearer what the hat asks of them. */
    public String asksKey() {
        return "sixhats.hat." + id() + ".asks";
    }

    /** Lower-case id, stable for storage and button values: {@code white}, {@code red}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
