package org.kirok.audit;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Jdbi;

/**
 * Walks the whole audit chain in order and reports the first entry that does not fit: an altered row (its
 * hash no longer matches), a removed row (a gap in the sequence or a broken link), a row inserted out of band
 * (a broken link), or a head that does not match the last row. Streams rows, so memory stays flat.
 */
public final class AuditVerifier {

    /** The outcome: intact with the number of entries and the head hash, or broken at one entry with the reason. */
    public record Result(boolean intact, long entries, String headHash, Optional<Long> brokenAt, String reason) {
    }

    public Result verify(Jdbi jdbi) {
        return jdbi.inTransaction(handle -> {
            handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            AtomicReference<byte[]> previous = new AtomicReference<>(new byte[32]);
            long[] expectedSeq = {1};
            Optional<Result> broken = handle.createQuery("""
                    SELECT seq, at, actor_id, actor_label, action, entity, entity_id, detail, prev_hash, hash
                    FROM audit_log ORDER BY seq""")
                    .setFetchSize(1000)
                    .map((rs, ctx) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                            Optional.ofNullable(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5),
                            Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getObject(7, UUID.class)),
                            rs.getString(8), rs.getBytes(9), rs.getBytes(10)))
                    .stream()
                    .map(entry -> check(entry, previous, expectedSeq))
                    .flatMap(Optional::stream)
                    .findFirst();
            if (broken.isPresent()) {
                return broken.get();
            }
            long last = expectedSeq[0] - 1;
            var head = handle.createQuery("SELECT seq, hash FROM audit_tip WHERE id = 1")
                    .map((rs, ctx) -> new Object[] {rs.getLong(1), rs.getBytes(2)}).one();
            if ((long) head[0] != last || !Arrays.equals((byte[]) head[1], previous.get())) {
                return new Result(false, last, hex(previous.get()), Optional.of(Math.min(last + 1, (long) head[0])),
                        "the head (seq " + head[0] + ") does not match the last entry (seq " + last
                                + "): entries at the end were removed or the head was altered");
            }
            return new Result(true, last, hex(previous.get()), Optional.empty(), "intact");
        });
    }

    private static Optional<Result> check(AuditEntry entry, AtomicReference<byte[]> previous, long[] expectedSeq) {
        long seq = entry.seq();
        if (seq != expectedSeq[0]) {
            return Optional.of(new Result(false, expectedSeq[0] - 1, "", Optional.of(expectedSeq[0]),
                    "entry " + expectedSeq[0] + " is missing (next present entry is " + seq + ")"));
        }
        if (!Arrays.equals(entry.prevHash(), previous.get())) {
            return Optional.of(new Result(false, seq - 1, "", Optional.of(seq),
                    "entry " + seq + " does not link to entry " + (seq - 1) + ": an entry was removed or inserted"));
        }
        if (!Arrays.equals(entry.hash(), entry.expectedHash())) {
            return Optional.of(new Result(false, seq - 1, "", Optional.of(seq),
                    "entry " + seq + " was altered: its content no longer matches its hash"));
        }
        previous.set(entry.hash());
        expectedSeq[0]++;
        return Optional.empty();
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
