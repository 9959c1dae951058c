package org.kompis.delivery;

import com.slack.api.methods.SlackApiException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.kompis.slack.SlackCallException;

/** What a failed chat.postMessage means for the outbox: wait, try again later, or give up. */
final class SlackErrors {
    private SlackErrors() {}

    /** Worth another try later: Slack's side (5xx and its own error codes for that) or the network. */
    static boolean retryable(String error) {
        return error.startsWith("http_5")
                || error.equals("network_error")
                || error.equals("internal_error")
                || error.equals("fatal_error")
                || error.equals("service_unavailable")
                || error.equals("request_timeout")
                || error.equals("interrupted");
    }

    /**
     * A network failure after the request may have reached Slack (a timeout, a reset): the post may exist. A refused
     * connection or an unknown host means it never left.
     */
    static boolean maybeDelivered(SlackCallException e) {
        return "network_error".equals(e.error())
                && !(e.getCause() instanceof ConnectException || e.getCause() instanceof UnknownHostException);
    }

    /** Slack's Retry-After on a 429, in seconds; one second when it is missing or unreadable. */
    static Duration retryAfter(SlackCallException e) {
        if (e.getCause() instanceof SlackApiException api) {
            String header = api.getResponse().header("Retry-After");
            if (header != null) {
                try {
                    return Duration.ofSeconds(Math.max(1, Long.parseLong(header.trim())));
                } catch (NumberFormatException ignored) {
                    // fall through to one second
                }
            }
        }
        return Duration.ofSeconds(1);
    }
}
