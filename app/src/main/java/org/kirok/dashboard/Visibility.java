package org.kirok.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.Jdbi;
import org.kirok.security.AccessPolicy;
import org.kirok.security.RecordKind;
import org.kirok.security.User;

/**
 * Which visibility classes a caller may count: for staff and partners the access policy's own SQL predicate,
 * evaluated over the classes (not over the acts) and remembered for a few seconds per user, so a revoked agreement
 * takes effect within that time; for publication, every act that is not restricted (restricted cases stay out of
 * published figures altogether, even as counts). Thread-safe.
 */
final class Visibility {
    private static final long REMEMBER_MILLIS = 5_000;

    private final Jdbi jdbi;
    private final AccessPolicy access;
    private final Map<String, Remembered> remembered = new ConcurrentHashMap<>();

    private record Remembered(int classes, long until, boolean[] visible) {
    }

    Visibility(Jdbi jdbi, AccessPolicy access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    boolean[] forUser(User user, VisibilityClasses classes) {
        String key = user.id() + "|" + user.role() + "|" + user.organisationId().map(UUID::toString).orElse("");
        Remembered known = remembered.get(key);
        long now = System.currentTimeMillis();
        if (known != null && known.classes() == classes.size() && known.until() > now) {
            return known.visible();
        }
        boolean[] visible = evaluate(user, classes.keys());
        if (remembered.size() > 1_000) {
            remembered.clear();
        }
        remembered.put(key, new Remembered(visible.length, now + REMEMBER_MILLIS, visible));
        return visible;
    }

    static boolean[] forPublication(VisibilityClasses classes) {
        List<VisibilityClasses.Key> keys = classes.keys();
        boolean[] visible = new boolean[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            visible[i] = !keys.get(i).confidentiality().equals("restricted");
        }
        return visible;
    }

    /**
     * The classes presented to the policy as rows of an act-like relation: a class's record date stands in for every
     * date column the policy may consult (date_start, date_end, created_at), so its answer is the answer for every
     * act of the class.
     */
    private boolean[] evaluate(User user, List<VisibilityClasses.Key> keys) {
        boolean[] visible = new boolean[keys.size()];
        if (keys.isEmpty()) {
            return visible;
        }
        String[] numbers = new String[keys.size()];
        String[] confidentiality = new String[keys.size()];
        String[] organisations = new String[keys.size()];
        String[] dates = new String[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            numbers[i] = Integer.toString(i);
            confidentiality[i] = keys.get(i).confidentiality();
            organisations[i] = Optional.ofNullable(keys.get(i).organisation()).map(UUID::toString).orElse(null);
            dates[i] = Optional.ofNullable(keys.get(i).recordDate()).map(Object::toString).orElse(null);
        }
        String sql = """
                SELECT a.k FROM (
                  SELECT CAST(u.k AS int) AS k, u.c AS confidentiality, CAST(u.o AS uuid) AS organisation_id,
                         CAST(u.d AS date) AS date_start, CAST(u.d AS date) AS date_end,
                         CAST(CAST(u.d AS date) AS timestamptz) AS created_at
                  FROM unnest(CAST(:k AS text[]), CAST(:c AS text[]), CAST(:o AS text[]), CAST(:d AS text[])) AS u(k, c, o, d)
                ) a WHERE\s""" + access.visibleSql(user, "a", RecordKind.ACTS);
        jdbi.useHandle(handle -> handle.createQuery(sql)
                .bindArray("k", String.class, (Object[]) numbers).bindArray("c", String.class, (Object[]) confidentiality)
                .bindArray("o", String.class, (Object[]) organisations).bindArray("d", String.class, (Object[]) dates)
                .mapTo(Integer.class).forEach(k -> visible[k] = true));
        return visible;
    }
}
