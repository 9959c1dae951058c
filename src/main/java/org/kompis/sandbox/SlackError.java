package org.kompis.sandbox;

/**
 * A Web API error code ({@code channel_not_found}...): the emulated method answers {@code ok:false} with it, and
 * with {@code detail} in {@code response_metadata.messages} as Slack does for {@code invalid_blocks}.
 */
final class SlackError extends RuntimeException {
    private final String detail;

    SlackError(String error) {
        this(error, null);
    }

    SlackError(String error, String detail) {
        super(error, null, false, false);
        this.detail = detail;
    }

    String error() {
        return getMessage();
    }

    String detail() {
        return detail;
    }
}
