package org.kompis.app;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.kompis.storage.Database;

/**
 * {@code /readyz}: Kompis can do its work now. The database accepts a write (a full disk or a read-only file
 * still answers {@code select 1}), the scheduler runs, and the Socket Mode link is open when it is used.
 */
final class Readiness {
    private final Database database;
    private final BooleanSupplier scheduler;
    private final BooleanSupplier socket;

    Readiness(Database database, BooleanSupplier scheduler, BooleanSupplier socket) {
        this.database = database;
        this.scheduler = scheduler;
        this.socket = socket;
    }

    /** Each check by name, true when it passes. */
    Map<String, Boolean> checks() {
        Map<String, Boolean> out = new LinkedHashMap<>();
        out.put("database", database.acceptsWrite());
        out.put("scheduler", scheduler.getAsBoolean());
        out.put("socket_mode", socket.getAsBoolean());
        return out;
    }
}
