package org.kirok.backup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.kirok.audit.AuditVerifier;
import org.kirok.person.ErasureLedger;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.Subject;
import org.postgresql.PGConnection;

/**
 * Restores a backup into an empty database of the same schema version, in one transaction, streaming table by
 * table: the seeded rows of a fresh schema are replaced by the backup's, sequences are set, every erasure recorded
 * since (the ledger beside the key file) is applied again, and the result is checked — row counts and the audit
 * chain's head must equal the manifest's, and the chain must verify — before anything is committed.
 */
public final class Restore {
    private Restore() {
    }

    public static Manifest run(Jdbi jdbi, IdentityVault vault, ErasureLedger ledger, InputStream source,
                               Consumer<String> progress) {
        Manifest manifest;
        try (ZipInputStream zip = new ZipInputStream(BackupFile.decrypting(source, vault))) {
            manifest = jdbi.inTransaction(handle -> restore(handle, zip, vault, ledger, progress));
        } catch (IOException e) {
            throw new UncheckedIOException("the backup cannot be read: " + e.getMessage(), e);
        }
        AuditVerifier.Result chain = new AuditVerifier().verify(jdbi);
        if (!chain.intact()) {
            throw new IllegalStateException("the restored audit chain does not verify: " + chain.reason());
        }
        return manifest;
    }

    private static Manifest restore(Handle handle, ZipInputStream zip, IdentityVault vault, ErasureLedger ledger,
                                    Consumer<String> progress) throws IOException {
        ZipEntry entry = zip.getNextEntry();
        if (entry == null || !entry.getName().equals("header.json")) {
            throw new IllegalStateException("the backup has no header: it is incomplete or not a Kirok backup");
        }
        JsonNode header = Backup.JSON.readTree(zip.readAllBytes());
        String schema = handle.createQuery("SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1")
                .mapTo(String.class).one();
        if (!schema.equals(header.path("schema_version").asText())) {
            throw new IllegalStateException("the backup is of schema version " + header.path("schema_version").asText()
                    + " and this database of " + schema + ": restore it with the Kirok version that made it, then upgrade");
        }
        for (String table : List.of("person", "source", "act", "audit_log", "app_user")) {
            long rows = handle.createQuery("SELECT count(*) FROM " + table).mapTo(Long.class).one();
            if (rows > 0) {
                throw new IllegalStateException("the target database is not empty (" + table + " has " + rows
                        + " rows): restore into a new, empty database");
            }
        }
        List<String> tables = new ArrayList<>();
        header.path("tables").forEach(t -> tables.add(t.asText()));
        SeedClearing.clear(handle, tables);
        // the backup already holds what triggers derived (the dashboard's change log): copying must not derive it twice
        tables.forEach(table -> handle.execute("ALTER TABLE " + table + " DISABLE TRIGGER USER"));
        Connection connection = handle.getConnection();
        Manifest manifest = null;
        while ((entry = zip.getNextEntry()) != null) {
            String name = entry.getName();
            if (name.startsWith("tables/") && name.endsWith(".csv")) {
                String table = name.substring(7, name.length() - 4);
                if (!tables.contains(table)) {
                    throw new IllegalStateException("the backup holds an unknown table " + table);
                }
                progress.accept(table);
                copyIn(connection, "COPY " + table + " FROM STDIN WITH (FORMAT csv, HEADER true)", zip);
            } else if (name.equals("manifest.json")) {
                manifest = Backup.JSON.readValue(zip.readAllBytes(), Manifest.class);
            }
        }
        if (manifest == null) {
            throw new IllegalStateException("the backup has no manifest: it was cut short");
        }
        tables.forEach(table -> handle.execute("ALTER TABLE " + table + " ENABLE TRIGGER USER"));
        for (Map.Entry<String, Long> sequence : manifest.sequences().entrySet()) {
            handle.createQuery("SELECT setval(:s, :v, true)").bind("s", sequence.getKey()).bind("v", sequence.getValue())
                    .mapTo(Long.class).one();
        }
        for (Map.Entry<String, Long> count : manifest.rowCounts().entrySet()) {
            long rows = handle.createQuery("SELECT count(*) FROM " + count.getKey()).mapTo(Long.class).one();
            if (rows != count.getValue()) {
                throw new IllegalStateException("restored " + rows + " rows of " + count.getKey() + ", the backup has "
                        + count.getValue());
            }
        }
        var head = handle.createQuery("SELECT seq, hash FROM audit_tip WHERE id = 1")
                .map((rs, c) -> Map.entry(rs.getLong(1), HexFormat.of().formatHex(rs.getBytes(2)))).one();
        if (head.getKey() != manifest.auditSeq() || !head.getValue().equals(manifest.auditHead())) {
            throw new IllegalStateException("the restored audit chain ends elsewhere than the backup's");
        }
        for (Subject subject : ledger.all()) {
            vault.destroy(handle, subject);
            if (subject.table().equals("person")) {
                handle.createUpdate("DELETE FROM person_name WHERE person_id = :id").bind("id", subject.id()).execute();
                handle.createUpdate("DELETE FROM person_name_key WHERE person_id = :id").bind("id", subject.id()).execute();
                handle.createUpdate("UPDATE person SET erased_at = coalesce(erased_at, now()), birth_date_enc = NULL, "
                        + "contact_enc = NULL, notes_enc = NULL WHERE id = :id").bind("id", subject.id()).execute();
            }
        }
        return manifest;
    }

    private static void copyIn(Connection connection, String sql, InputStream zip) {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql, new FilterInputStream(zip) {
                @Override
                public void close() {
                    // the zip stays open for the next entry
                }
            });
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot copy in (" + sql + "): " + e.getMessage(), e);
        }
    }
}
