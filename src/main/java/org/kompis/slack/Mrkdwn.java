package org.kompis.slack;

/**
 * Text a person typed, made safe to echo in mrkdwn: {@code <!channel>}, {@code <@U123>} and links become plain
 * text, because Slack only treats {@code <...>} as a control sequence when the angle brackets are literal.
 */
public final class Mrkdwn {
    private Mrkdwn() {}

    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Cuts the typed text to {@code max} characters (ending in an ellipsis when cut), then escapes it. */
    public static String escape(String text, int max) {
        String raw = text == null ? "" : text;
        return escape(raw.length() <= max ? raw : raw.substring(0, Math.max(0, max - 1)) + "…");
    }

    /** A mention that Slack renders as the person's name (it notifies them, so use it only where that is meant). */
    public static String user(String userId) {
        return "<@" + userId + ">";
    }

    public static String channel(String channelId) {
        return "<#" + channelId + ">";
    }
}
