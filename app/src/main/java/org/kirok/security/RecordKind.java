package org.kirok.security;

/**
 * The kinds of record access rules distinguish, as data-sharing agreements name them. {@code SOURCES} is the
 * source table, whose rows are testimonies or documents depending on their {@code kind} column.
 */
public enum RecordKind {
    ACTS("acts"), EVENTS("events"), PERSONS("persons"), TESTIMONIES("testimonies"), DOCUMENTS("documents"),
    URGENT_CASES("urgent_cases"), ACTIVITIES("activities"), SOURCES("");

    private final String code;

    RecordKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The kind a table's conventional alias stands for (p person, a act, e event, s source). */
    static RecordKind ofAlias(String alias) {
        return switch (alias) {
            case "p" -> PERSONS;
            case "a" -> ACTS;
            case "e" -> EVENTS;
            case "s" -> SOURCES;
            default -> throw new IllegalArgumentException("no record kind for alias '" + alias
                    + "': use visibleSql(user, alias, kind)");
        };
    }

    /** The kind of a table's rows (for generic code such as the history view). */
    public static RecordKind ofTable(String table) {
        return switch (table) {
            case "person" -> PERSONS;
            case "act" -> ACTS;
            case "event" -> EVENTS;
            case "source" -> SOURCES;
            case "urgent_case" -> URGENT_CASES;
            case "advocacy_activity" -> ACTIVITIES;
            default -> throw new IllegalArgumentException("no record kind for table '" + table + "'");
        };
    }

    /**
     * The SQL date a record is "from", for agreements that share records from a date on (also what the search index
     * stores for the same test).
     */
    public String dateSql(String alias) {
        return switch (this) {
            case ACTS, EVENTS -> "coalesce(" + alias + ".date_end, " + alias + ".date_start, " + alias + ".created_at::date)";
            case PERSONS -> alias + ".created_at::date";
            case TESTIMONIES, DOCUMENTS, SOURCES -> "coalesce(" + alias + ".source_date, " + alias + ".created_at::date)";
            case URGENT_CASES -> alias + ".created_at::date";
            case ACTIVITIES -> alias + ".held_on";
        };
    }
}
