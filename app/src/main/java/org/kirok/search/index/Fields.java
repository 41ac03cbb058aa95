package org.kirok.search.index;

/** The names of the index's fields, in one place so that writing, querying and highlighting agree. */
final class Fields {
    /** "type/id": the unique key documents are replaced and deleted by. */
    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    /** Access facts, matched by {@code AccessPolicy.visibleQuery}. */
    static final String CONFIDENTIALITY = "conf";
    static final String ORGANISATION = "org";
    static final String NO_ORGANISATION = "none";
    static final String SHARED_KIND = "shared_kind";
    static final String SHARED_DATE = "shared_date";

    static final String TITLE = "title.";
    static final String SUMMARY = "summary.";
    static final String CODE = "code";

    static final String TEXT_KO = "text_ko";
    static final String TEXT_EN = "text_en";
    static final String PROTECTED_KO = "protected_ko";
    static final String PROTECTED_EN = "protected_en";

    static final String NAME_EXACT = "name_exact";
    static final String NAME_CANONICAL = "name_canonical";
    static final String NAME_LOOSE = "name_loose";
    static final String RELATED_PERSON = "related_person";
    static final String PLACE_KEY = "place_key";

    /** Every node of every facet path, for filtering: "f.place" holds a county and the province above it. */
    static final String FILTER = "f.";
    static final String DATE_SORT = "date";
    static final String DATE_FROM = "date_from";
    static final String DATE_TO = "date_to";
    static final String SUBJECT = "subject";

    private Fields() {
    }

    static String key(String type, java.util.UUID id) {
        return type + "/" + id;
    }

    static String filter(String dimension) {
        return FILTER + dimension;
    }

    /**
     * A person as a 64-bit number, for point and doc-values sets (much faster than sets of terms when thousands of
     * persons qualify). Random UUIDs have 122 random bits; two persons share a key with probability about n²/2⁶⁵.
     */
    static long personKey(java.util.UUID person) {
        return person.getMostSignificantBits() ^ person.getLeastSignificantBits();
    }
}
