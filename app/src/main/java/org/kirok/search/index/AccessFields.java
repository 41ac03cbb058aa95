package org.kirok.search.index;

/**
 * The fields that carry a document's access facts, for {@code AccessPolicy.visibleQuery}: the confidentiality
 * code, and the owning organisation's id or {@link #NO_ORGANISATION}.
 */
public final class AccessFields {
    public static final String CONFIDENTIALITY = Fields.CONFIDENTIALITY;
    public static final String ORGANISATION = Fields.ORGANISATION;
    public static final String NO_ORGANISATION = Fields.NO_ORGANISATION;

    private AccessFields() {
    }
}
