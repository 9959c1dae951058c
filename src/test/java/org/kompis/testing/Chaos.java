package org.kompis.testing;

import java.util.Random;
import java.util.Set;

/**
 * A busy day at Slack, for {@link FakeSlack}: with {@code -Dkompis.chaos.seed=N} every Web API call is answered 429
 * (5 %), 500 (2 %) or slowly (3 %), drawn from a random sequence fixed by the seed (the order in which concurrent
 * calls draw from it can still vary). A 429 did nothing, so it is not recorded as a call; a 500 is recorded, because
 * Slack may have done the work. On a post a 500 means "maybe posted", which Kompis never repeats by design
 * (guarantee 3, proved on its own), so posts get a 429 instead. The start-up handshake is left alone.
 */
final class Chaos {
    enum Fault {
        NONE,
        RATE_LIMITED,
        SERVER_ERROR,
        SLOW
    }

    static final long SLOW_MS = 1000;
    private static final Set<String> EXEMPT = Set.of("auth.test", "apps.connections.open");
    private static final Set<String> POSTS = Set.of(
            "chat.postMessage",
            "chat.postEphemeral",
            "files.uploadV2",
            "files.getUploadURLExternal",
            "files.completeUploadExternal");

    private final Random random;

    private Chaos(long seed) {
        this.random = new Random(seed);
    }

    /** The chaos the JVM was started with, or null. */
    static Chaos fromSystemProperty() {
        String seed = System.getProperty("kompis.chaos.seed");
        return seed == null || seed.isBlank() ? null : new Chaos(Long.parseLong(seed.trim()));
    }

    synchronized Fault next(String method) {
        if (EXEMPT.contains(method)) {
            return Fault.NONE;
        }
        int roll = random.nextInt(100);
        if (roll < 5) {
            return Fault.RATE_LIMITED;
        }
        if (roll < 7) {
            return POSTS.contains(method) ? Fault.RATE_LIMITED : Fault.SERVER_ERROR;
        }
        return roll < 10 ? Fault.SLOW : Fault.NONE;
    }
}
