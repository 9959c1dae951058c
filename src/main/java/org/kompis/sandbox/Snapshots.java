package org.kompis.sandbox;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.kompis.core.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emulated workspace on disk, beside the database ({@code data/sandbox.db.slack.json}). Changes are written a
 * moment later in one go, to a temporary file first, so a crash leaves the previous state rather than half a file.
 */
final class Snapshots implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(Snapshots.class);

    private final Path file;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sandbox-saver");
        t.setDaemon(true);
        return t;
    });

    Snapshots(Path file) {
        this.file = file;
    }

    /** The file of another workspace, beside this one: {@code sandbox.db.slack-T0BJORKVIK.json}. */
    Snapshots beside(String teamId) {
        return new Snapshots(Path.of(file.toString().replaceAll("\\.slack\\.json$", ".slack-" + teamId + ".json")));
    }

    boolean exists() {
        return Files.exists(file);
    }

    Optional<WorkspaceData> read() {
        if (!exists()) {
            return Optional.empty();
        }
        try {
            WorkspaceData data = Workspace.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            if (data == null) {
                throw new IOException("empty file");
            }
            return Optional.of(data);
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(file + " cannot be read (" + e.getMessage() + "): delete " + file.getParent()
                    + "/" + file.getFileName().toString().replace(".slack.json", "") + "* to start the sandbox over.");
        }
    }

    void saveSoon(Workspace ws) {
        if (pending.compareAndSet(false, true)) {
            try {
                saver.schedule(
                        () -> {
                            pending.set(false);
                            saveNow(ws);
                        },
                        300,
                        TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException closed) {
                pending.set(false);
            }
        }
    }

    synchronized void saveNow(Workspace ws) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp");
            Files.writeString(tmp, ws.toJson(), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Could not save the sandbox workspace to {}", file, e);
        }
    }

    synchronized void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}", file, e);
        }
    }

    @Override
    public void close() {
        saver.shutdown();
    }
}
