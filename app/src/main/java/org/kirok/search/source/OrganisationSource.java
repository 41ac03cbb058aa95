package org.kirok.search.source;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.kirok.search.HitView;
import org.kirok.search.SearchSource;
import org.kirok.search.index.Access;
import org.kirok.search.index.SearchDocument;
import org.kirok.security.User;
import org.kirok.web.Messages;

/** Organisations (state organs, NGOs, UN bodies …; public reference data): names, abbreviation, notes. */
public final class OrganisationSource implements SearchSource {

    @Override
    public String type() {
        return "organisation";
    }

    @Override
    public Set<UUID> affected(Handle handle, String entity, Collection<UUID> ids) {
        return entity.equals("organisation") ? new HashSet<>(ids) : Set.of();
    }

    @Override
    public List<UUID> ids(Handle handle, Optional<UUID> after, int limit) {
        return Queries.page(handle, "organisation", "", after, limit);
    }

    private record Row(UUID id, String kind, String nameEn, Optional<String> nameKo, Optional<String> abbreviation,
                       Optional<String> country, Optional<String> notes) {
        String name(String language) {
            return language.equals("ko") ? nameKo.orElse(nameEn) : nameEn;
        }

        String detail(String language) {
            return ActSource.join(Messages.of(language).t("organisation.kind." + kind), abbreviation.orElse(""),
                    country.orElse(""));
        }
    }

    private static List<Row> rows(Handle handle, Collection<UUID> ids) {
        return handle.createQuery("SELECT id, kind, name_en, name_ko, abbreviation, country_code, notes "
                        + "FROM organisation WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getString(4)), Optional.ofNullable(rs.getString(5)),
                        Optional.ofNullable(rs.getString(6)), Optional.ofNullable(rs.getString(7))))
                .list();
    }

    @Override
    public List<SearchDocument> load(Handle handle, Collection<UUID> ids) {
        List<SearchDocument> documents = new ArrayList<>();
        for (Row row : rows(handle, ids)) {
            SearchDocument.Builder document = SearchDocument.builder("organisation", row.id(), Access.PUBLIC_REFERENCE)
                    .title("en", row.name("en")).title("ko", row.name("ko"))
                    .summary("en", row.detail("en")).summary("ko", row.detail("ko"))
                    .text(row.nameEn());
            row.nameKo().ifPresent(document::text);
            row.abbreviation().ifPresent(abbreviation -> document.text(abbreviation).code(abbreviation));
            row.notes().ifPresent(document::text);
            documents.add(document.build());
        }
        return documents;
    }

    @Override
    public Map<UUID, HitView> present(Handle handle, User user, Collection<UUID> ids, String language,
                                      boolean withProtectedText) {
        Map<UUID, HitView> views = new LinkedHashMap<>();
        for (Row row : rows(handle, ids)) {
            views.put(row.id(), new HitView(row.name(language), row.detail(language), "/organisations/" + row.id(),
                    Optional.empty()));
        }
        return views;
    }
}
