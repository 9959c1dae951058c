package org.kompis.scheduling;

import java.time.Instant;
import org.quartz.SchedulerException;

/**
 * The next firing of each schedule and timer, held by Quartz when timers are on; with them off (tests on an injected
 * clock, the sandbox) there is nothing to arm and whoever drives time calls {@link Scheduler#runDue()}.
 */
final class Alarms {
    private final boolean on;
    private QuartzTriggers quartz;

    Alarms(boolean on) {
        this.on = on;
    }

    void start(Scheduler owner) throws SchedulerException {
        if (on) {
            quartz = new QuartzTriggers(owner);
        }
    }

    boolean on() {
        return on;
    }

    boolean running() {
        return quartz == null || quartz.running();
    }

    void arm(Schedule s, Instant now) {
        if (quartz != null && !s.paused()) {
            quartz.arm(s, now);
        }
    }

    void arm(Timer t) {
        if (quartz != null) {
            quartz.arm(t);
        }
    }

    void unarm(String key) {
        if (quartz != null) {
            quartz.cancel(key);
        }
    }

    void close() {
        if (quartz != null) {
            quartz.close();
        }
    }
}
