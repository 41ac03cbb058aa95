package org.kirok.search.index;

import org.kirok.security.AccessPolicy;

/** The fields that carry a document's access facts, as {@code AccessPolicy.visibleQuery} needs to name them. */
public final class AccessFields {
    public static final AccessPolicy.IndexFields FIELDS = new AccessPolicy.IndexFields(Fields.CONFIDENTIALITY,
            Fields.ORGANISATION, Fields.NO_ORGANISATION, Fields.SHARED_KIND, Fields.SHARED_DATE);

    private AccessFields() {
    }
}
