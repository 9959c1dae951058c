package org.kompis.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads that handle commands, clicks and events once Bolt has acknowledged them. */
final class Workers {
    private Workers() {}

    static ExecutorService pool() {
        AtomicInteger n = new AtomicInteger();
        // Workers mostly wait on Slack (tens of ms a call), so 32 keep up with ~200 commands/s on 2 cores. Bounded:
        // under
        // a flood the queue fills and commands get a "busy, try again" instead of memory running out.
        return new ThreadPoolExecutor(32, 32, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2000), r -> {
            Thread t = new Thread(r, "kompis-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }
}
