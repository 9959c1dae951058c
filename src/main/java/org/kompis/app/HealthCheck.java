package org.kompis.app;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The container's HEALTHCHECK: asks {@code /healthz} on the local port. A slim JRE image has no curl, and a shell
 * script would need one; the JDK's HTTP client is already there.
 */
public final class HealthCheck {
    private HealthCheck() {}

    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "3000");
        try {
            HttpResponse<Void> r = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/healthz"))
                                    .timeout(Duration.ofSeconds(2))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
            System.exit(r.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}
