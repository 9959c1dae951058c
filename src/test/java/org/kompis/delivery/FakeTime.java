package org.kompis.delivery;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.kompis.slack.SlackGateway;

/** A ticker that only moves when the code under test sleeps: pacing is checked in fake seconds, instantly. */
final class FakeTime implements Ticker, SlackGateway.Sleeper {
    private final AtomicLong nanos = new AtomicLong();

    @Override
    public long nanos() {
        return nanos.get();
    }

    @Override
    public void sleep(Duration d) throws InterruptedException {
        nanos.addAndGet(d.toNanos());
        // Yield a little real time so posting threads get to run while the pump "waits".
        Thread.sleep(1);
    }

    void advance(Duration d) {
        nanos.addAndGet(d.toNanos());
    }

    double seconds() {
        return nanos.get() / 1e9;
    }
}
