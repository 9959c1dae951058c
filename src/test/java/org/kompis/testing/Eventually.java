package org.kompis.testing;

/** Retries an assertion for a few seconds: Kompis answers Slack after the ack, on its worker pool. */
public final class Eventually {
    private Eventually() {}

    public static void eventually(Runnable assertion) {
        long deadline = System.currentTimeMillis() + 5000;
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError | RuntimeException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw e;
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
