package org.kirok.search.source;

import org.kirok.search.index.SearchDocument;

/** What a record located at a place indexes about that place and every place above it. */
final class Chains {
    private Chains() {
    }

    static void index(SearchDocument.Builder document, PlaceChain chain) {
        for (PlaceChain.Node node : chain.nodes()) {
            document.text(node.nameEn());
            node.nameKo().ifPresent(document::text);
            node.keys().forEach(document::placeKey);
        }
        PlaceChain.Node place = chain.place();
        place.facilityType().ifPresent(type -> document.facet(Dimensions.FACILITY_TYPE.name(), type));
        place.facilityEn().ifPresent(document::text);
        place.facilityKo().ifPresent(document::text);
        document.facet(Dimensions.PLACE.name(), chain.idPath());
    }
}
