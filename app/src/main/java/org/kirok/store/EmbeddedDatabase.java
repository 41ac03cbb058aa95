package org.kirok.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default PostgreSQL 17: a cluster under the data directory, started as a child process.
 *
 * <p>The cluster is created by our own {@code initdb -k} (zonky cannot pass flags without values), so
 * pages carry checksums. zonky starts the server with {@code -F} (fsync off) and synchronous_commit off
 * for test speed; both are turned back on here, because an acknowledged write must survive a crash.
 * A lock file keeps two Kirok processes off one cluster, and a server orphaned by a killed JVM is stopped
 * before the new one starts. Not thread-safe: one instance per process.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    public static EmbeddedDatabase start(DataDirectory directory) {
        Path lockFile = directory.root().resolve("kirok.lock");
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new IllegalStateException("Another Kirok process is using " + directory.root()
                        + ". Stop it first, or start this one with another --data directory.");
            }
            Path data = directory.postgresData();
            OrphanedServer.stopIfRunning(data);
            if (!Files.exists(data.resolve("PG_VERSION"))) {
                Path initdb = PostgresBinaries.initdb(directory.postgresBinaries());
                createCluster(initdb, data);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(directory.postgresBinaries().toFile())
                    .setDataDirectory(data.toFile())
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setServerConfig("listen_addresses", "localhost")
                    .setServerConfig("max_connections", "50")
                    .setServerConfig("log_min_messages", "warning")
                    // crash recovery after a power cut can take longer than zonky's 10 s on a slow laptop
                    .setPGStartupWait(java.time.Duration.ofSeconds(90))
                    .setOutputRedirector(ProcessBuilder.Redirect.appendTo(
                            directory.logs().resolve("postgresql.log").toFile()))
                    .start();
            return new EmbeddedDatabase(postgres, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory.root()
                    + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static void createCluster(Path initdb, Path data) throws IOException {
        log.info("Creating a PostgreSQL cluster with data checksums in {}", data);
        List<String> command = new ArrayList<>(PostgresBinaries.asNonRoot());
        command.addAll(List.of(initdb.toString(), "-A", "trust", "-U", "postgres", "-D", data.toString(),
                "-E", "UTF-8", "--locale=C", "--data-checksums"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        try {
            if (process.waitFor() != 0) {
                throw new IOException("initdb failed: " + output.strip());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while creating the cluster", e);
        }
    }

    public DataSource dataSource(String database) {
        return postgres.getDatabase("postgres", database);
    }

    /** The JDBC URL of a database of this cluster, without credentials (pass the user to the pool). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    public int port() {
        return postgres.getPort();
    }

    /** Stops PostgreSQL with a fast shutdown (a checkpoint; no acknowledged write is lost) and releases the lock. */
    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("PostgreSQL did not stop cleanly: {}", e.getMessage());
        } finally {
            try {
                lock.release();
            } catch (IOException ignored) {
                // the channel close below releases it too
            }
            closeQuietly(lockChannel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // nothing useful to do while already failing
        }
    }

}
