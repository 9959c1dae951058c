package org.kompis.delivery;

/**
 * Lets the idle pump sleep until the next due row or a nudge (a new row enqueued, a claim written), whichever comes
 * first: polling alone would either lag behind new rows or keep the database busy.
 */
final class Doorbell {
    private final Object signal = new Object();
    private boolean rung;

    void ring() {
        synchronized (signal) {
            rung = true;
            signal.notifyAll();
        }
    }

    /** Waits up to {@code millis} unless rung since the last wait; {@code stillWanted} false skips the wait. */
    void await(long millis, boolean stillWanted) throws InterruptedException {
        synchronized (signal) {
            if (!rung && stillWanted) {
                signal.wait(millis);
            }
            rung = false;
        }
    }
}
