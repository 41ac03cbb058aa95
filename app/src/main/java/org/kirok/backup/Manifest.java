package org.kirok.backup;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a backup holds: the schema version it was made from, each table's row count, the sequences' positions and
 * the audit chain's head — what a restore must reproduce exactly.
 */
public record Manifest(int format, String schemaVersion, Instant createdAt, List<String> tables,
                       Map<String, Long> rowCounts, Map<String, Long> sequences, long auditSeq, String auditHead) {
}
