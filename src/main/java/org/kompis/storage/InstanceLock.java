package org.kompis.storage;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.kompis.core.ConfigException;

/**
 * One Kompis per SQLite file. Two would both run the schedules (Quartz keeps them in memory) and post every
 * prompt twice, so the second refuses to start. The OS drops the lock if the process dies.
 */
final class InstanceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static InstanceLock acquire(Path lockFile) {
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new ConfigException("Another Kompis is already running on "
                        + lockFile.toString().replaceAll("\\.lock$", "")
                        + ": stop it first, or give this one its own KOMPIS_DB_URL.");
            }
            return new InstanceLock(channel, lock);
        } catch (IOException e) {
            throw new ConfigException("Cannot lock " + lockFile + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // closing at shutdown: nothing useful to do
        }
    }
}
