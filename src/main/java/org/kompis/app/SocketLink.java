package org.kompis.app;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.socket_mode.SocketModeClient;
import java.io.IOException;
import java.time.Duration;
import org.kompis.core.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Socket Mode link. Bolt's SocketModeApp logs a token Slack refuses and carries on with nothing connected, so
 * the token is asked about first ({@code apps.connections.open}) and a refusal stops the start with one line.
 * "Connected" is logged once the websocket is open, and {@link #connected()} feeds {@code /readyz}.
 */
final class SocketLink implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(SocketLink.class);
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(15);

    private final SocketModeApp socketMode;

    private SocketLink(SocketModeApp socketMode) {
        this.socketMode = socketMode;
    }

    static SocketLink open(Slack slack, String appToken, App app) throws Exception {
        try {
            var check = slack.methods().appsConnectionsOpen(r -> r.token(appToken));
            if (!check.isOk()) {
                throw new ConfigException(
                        "Slack refused SLACK_APP_TOKEN (" + check.getError() + " from apps.connections.open):"
                                + " generate a new app-level token with connections:write "
                                + "and check Socket Mode is on.");
            }
        } catch (IOException | SlackApiException e) {
            throw new ConfigException("Slack could not be reached to open Socket Mode ("
                    + e.getClass().getSimpleName() + "): check the network and SLACK_API_URL.");
        }
        SocketModeApp socketMode = new SocketModeApp(appToken, SocketModeClient.Backend.JavaWebSocket, app);
        socketMode.startAsync();
        SocketLink link = new SocketLink(socketMode);
        long deadline = System.nanoTime() + OPEN_TIMEOUT.toNanos();
        while (!link.connected()) {
            if (System.nanoTime() > deadline) {
                link.close();
                throw new ConfigException("Socket Mode did not connect within " + OPEN_TIMEOUT.toSeconds() + " s.");
            }
            Thread.sleep(20);
        }
        socketMode
                .getClient()
                .addWebSocketCloseListener((code, reason) -> log.warn(
                        "Socket Mode link closed ({}); Slack's client reconnects, /readyz is red until it does", code));
        log.info("Socket Mode connected: no public URL needed");
        return link;
    }

    /** The websocket is open now (false while the client reconnects, and for good if it cannot). */
    boolean connected() {
        SocketModeClient client = socketMode.getClient();
        try {
            return client != null && client.verifyConnection();
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        try {
            socketMode.close();
        } catch (Exception e) {
            log.warn("Socket Mode did not close cleanly", e);
        }
    }
}
