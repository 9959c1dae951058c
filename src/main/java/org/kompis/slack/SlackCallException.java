package org.kompis.slack;

/** A Web API call that did not succeed: Slack's error code ({@code channel_not_found}, {@code ratelimited}...). */
public final class SlackCallException extends RuntimeException {
    private final String method;
    private final String error;
    private final boolean uncertain;

    public SlackCallException(String method, String error, Throwable cause) {
        this(method, error, cause, false);
    }

    public SlackCallException(String method, String error, Throwable cause, boolean uncertain) {
        super(method + " failed: " + error, cause);
        this.method = method;
        this.error = error;
        this.uncertain = uncertain;
    }

    /**
     * The call may have taken effect although it failed (a 5xx, a timeout or a reset after the request was sent):
     * a post may be in the channel. Never post it again blindly.
     */
    public boolean uncertain() {
        return uncertain;
    }

    public String method() {
        return method;
    }

    public String error() {
        return error;
    }

    /** Errors that will not go away by trying again: the channel is gone, or we are not in it. */
    public boolean permanent() {
        return switch (error) {
            case "channel_not_found",
                    "not_in_channel",
                    "is_archived",
                    "user_not_found",
                    "account_inactive",
                    "invalid_auth",
                    "not_authed",
                    "token_revoked",
                    "missing_scope",
                    "restricted_action" -> true;
            default -> false;
        };
    }
}
