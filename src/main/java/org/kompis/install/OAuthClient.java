package org.kompis.install;

import java.net.URI;

/**
 * The Slack app's OAuth client ({@code SLACK_CLIENT_ID}, {@code SLACK_CLIENT_SECRET}) and where Kompis is reached
 * from a browser ({@code KOMPIS_PUBLIC_URL}, no trailing slash). Set for "Add to Slack" installs, and for anything
 * else that signs people in with Slack.
 */
public record OAuthClient(String clientId, String clientSecret, URI publicUrl) {
    /** Where Slack sends the browser back after an install: Bolt's default path. */
    public String redirectUri() {
        return publicUrl + "/slack/oauth_redirect";
    }

    @Override
    public String toString() {
        return "OAuthClient[clientId=" + clientId + ", publicUrl=" + publicUrl + "]";
    }
}
