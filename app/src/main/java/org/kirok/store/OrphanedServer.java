package org.kirok.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running by a Kirok process that was killed (kill -9, power loss of the JVM only).
 * It holds the cluster, so it is stopped — gracefully first; PostgreSQL's own crash recovery makes even a
 * forced stop safe for every committed transaction.
 */
final class OrphanedServer {
    private static final Logger log = LoggerFactory.getLogger(OrphanedServer.class);

    private OrphanedServer() {
    }

    static void stopIfRunning(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).strip());
        if (isZombie(pid)) {
            // the server died (crash, kill -9) and nobody reaped it: PostgreSQL would take the zombie for a live
            // server and refuse to start, so its stale pid file goes; shared memory is still checked by PostgreSQL
            log.warn("PostgreSQL (pid {}) died without cleaning up; removing its stale postmaster.pid", pid);
            Files.deleteIfExists(pidFile);
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("Stopping PostgreSQL (pid {}) left running by an earlier Kirok process", pid);
        ProcessHandle server = process.get();
        server.destroy(); // SIGTERM: smart shutdown; no clients remain, so it finishes quickly
        if (!waitForExit(server, Duration.ofSeconds(30))) {
            server.destroyForcibly();
            waitForExit(server, Duration.ofSeconds(10));
        }
    }

    /** Linux: a process that has exited but was not reaped (state Z in /proc/PID/stat). */
    static boolean isZombie(long pid) {
        Path stat = Path.of("/proc", String.valueOf(pid), "stat");
        try {
            String text = Files.readString(stat);
            int end = text.lastIndexOf(')');
            return end > 0 && end + 2 < text.length() && text.charAt(end + 2) == 'Z';
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            return !process.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
