package org.kompis.sandbox;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Quartz fires by the real clock, and the sandbox's clock runs ahead after time travel, so the sandbox starts
 * Kompis with Quartz off and fires what is due by its own clock every second instead.
 */
final class TimeKeeper {
    private static final Logger log = LoggerFactory.getLogger(TimeKeeper.class);
    private final Sandbox sandbox;
    private ScheduledExecutorService ticker;

    TimeKeeper(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    synchronized void start() {
        stop();
        ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sandbox-clock");
            t.setDaemon(true);
            return t;
        });
        ticker.scheduleWithFixedDelay(
                () -> {
                    try {
                        sandbox.runDue();
                    } catch (RuntimeException e) {
                        log.warn("A scheduled job failed in the sandbox", e);
                    }
                },
                1,
                1,
                TimeUnit.SECONDS);
    }

    synchronized void stop() {
        if (ticker != null) {
            ticker.shutdownNow();
            ticker = null;
        }
    }
}
