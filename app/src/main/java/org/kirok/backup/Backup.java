package org.kirok.backup;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jdbi.v3.core.Jdbi;
import org.kirok.vault.IdentityVault;
import org.postgresql.PGConnection;

/**
 * A consistent, encrypted backup: every table is copied inside one read-only repeatable-read transaction (one
 * snapshot, taken while Kirok keeps working), in foreign-key order, as CSV into a zip archive with a manifest, and
 * the archive is encrypted as it is written ({@link BackupFile}). Identity fields stay ciphertext throughout.
 */
public final class Backup {
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private Backup() {
    }

    public static Manifest write(Jdbi jdbi, IdentityVault vault, OutputStream target, Consumer<String> progress) {
        try (OutputStream encrypted = BackupFile.encrypting(target, vault);
             ZipOutputStream zip = new ZipOutputStream(encrypted)) {
            Manifest manifest = jdbi.inTransaction(handle -> {
                handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
                Tables tables = Tables.read(handle);
                String schema = handle.createQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")
                        .mapTo(String.class).one();
                zip.putNextEntry(new ZipEntry("header.json"));
                zip.write(JSON.writeValueAsBytes(Map.of("format", 1, "schema_version", schema, "tables", tables.order())));
                zip.closeEntry();
                Map<String, Long> counts = new LinkedHashMap<>();
                Connection connection = handle.getConnection();
                for (String table : tables.order()) {
                    progress.accept(table);
                    zip.putNextEntry(new ZipEntry("tables/" + table + ".csv"));
                    long rows = copyOut(connection, "COPY (" + tables.exportQuery(table) + ") TO STDOUT WITH (FORMAT csv, HEADER true)", zip);
                    zip.closeEntry();
                    counts.put(table, rows);
                }
                Map<String, Long> sequences = new LinkedHashMap<>();
                handle.createQuery("SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = current_schema() AND last_value IS NOT NULL")
                        .map((rs, c) -> Map.entry(rs.getString(1), rs.getLong(2))).forEach(e -> sequences.put(e.getKey(), e.getValue()));
                var head = handle.createQuery("SELECT seq, hash FROM audit_tip WHERE id = 1")
                        .map((rs, c) -> Map.entry(rs.getLong(1), rs.getBytes(2))).one();
                return new Manifest(1, schema, Instant.now(), tables.order(), counts, sequences, head.getKey(),
                        HexFormat.of().formatHex(head.getValue()));
            });
            zip.putNextEntry(new ZipEntry("manifest.json"));
            zip.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest));
            zip.closeEntry();
            zip.finish();
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException("the backup failed: " + e.getMessage(), e);
        }
    }

    private static long copyOut(Connection connection, String sql, OutputStream out) {
        try {
            return connection.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, new NonClosing(out));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot copy out: " + e.getMessage(), e);
        }
    }

    /** Keeps the zip open when the copy API closes what it wrote to. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
