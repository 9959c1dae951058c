package org.kompis.slack;

/** A Web API call that did not succeed: Slack's error code ({@code channel_not_found}, {@code ratelimited}...). */
public final class SlackCallException extends RuntimeException {
  private final String method;
  private final String error;

  public SlackCallException(String method, String error, Throwable cause) {
    super(method + " failed: " + error, cause);
    this.method = method;
    this.error = error;
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
      case "channel_not_found", "not_in_channel", "is_archived", "user_not_found", "account_inactive",
          "invalid_auth", "not_authed", "token_revoked", "missing_scope", "restricted_action" -> true;
      default -> false;
    };
  }
}
