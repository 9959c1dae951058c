package org.kompis.workers;

/**
 * The workspace the current thread works for: set for a Slack request by the wiring's middleware, and on a worker
 * while it runs that workspace's work. {@code core.Background.later} queues work in the current workspace's lane, so
 * the workers are shared fairly between workspaces without every caller naming its workspace (README > Many
 * workspaces).
 */
public final class CurrentWorkspace {
    private static final ThreadLocal<String> TEAM = new ThreadLocal<>();

    private CurrentWorkspace() {}

    /** The workspace's id, or null for work of no one workspace (start-up, housekeeping). */
    public static String get() {
        return TEAM.get();
    }

    /** Works for {@code team} until the returned scope is closed, which restores what was before. */
    public static Scope enter(String team) {
        String before = TEAM.get();
        TEAM.set(team);
        return () -> {
            if (before == null) {
                TEAM.remove();
            } else {
                TEAM.set(before);
            }
        };
    }

    /** Closing it ends the thread's work for the workspace; it throws nothing. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
