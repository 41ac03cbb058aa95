package org.kirok.search.source;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
import org.kirok.search.index.DateSpan;
import org.kirok.search.index.SearchDocument;
import org.kirok.security.User;

/**
 * Laws (public reference data) with every version and article: titles, short names, article headings and summaries
 * in both languages; dated by their first adopted version.
 */
public final class LawSource implements SearchSource {

    @Override
    public String type() {
        return "law";
    }

    @Override
    public Set<UUID> affected(Handle handle, String entity, Collection<UUID> ids) {
        return switch (entity) {
            case "law" -> new HashSet<>(ids);
            case "law_version" -> Queries.ids(handle, "SELECT law_id FROM law_version WHERE id = ANY(:ids)", ids);
            case "law_article" -> Queries.ids(handle, """
                    SELECT lv.law_id FROM law_article ar JOIN law_version lv ON lv.id = ar.law_version_id
                    WHERE ar.id = ANY(:ids)""", ids);
            default -> Set.of();
        };
    }

    @Override
    public List<UUID> ids(Handle handle, Optional<UUID> after, int limit) {
        return Queries.page(handle, "law", "", after, limit);
    }

    private record Row(UUID id, String titleEn, Optional<String> titleKo, Optional<String> shortName, String country,
                       Optional<String> notes) {
        String title(String language) {
            return language.equals("ko") ? titleKo.orElse(titleEn) : titleEn;
        }

        String detail() {
            return ActSource.join(shortName.orElse(""), country);
        }
    }

    private static List<Row> rows(Handle handle, Collection<UUID> ids) {
        return handle.createQuery("SELECT id, title_en, title_ko, short_name, country_code, notes FROM law WHERE id = ANY(:ids)")
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), Optional.ofNullable(rs.getString(3)),
                        Optional.ofNullable(rs.getString(4)), rs.getString(5), Optional.ofNullable(rs.getString(6))))
                .list();
    }

    @Override
    public List<SearchDocument> load(Handle handle, Collection<UUID> ids) {
        List<Row> rows = rows(handle, ids);
        Map<UUID, List<String>> texts = new HashMap<>();
        Map<UUID, LocalDate> adopted = new HashMap<>();
        handle.createQuery("SELECT law_id, label, adopted_on, notes FROM law_version WHERE law_id = ANY(:ids)")
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2),
                    rs.getObject(3, LocalDate.class), rs.getString(4)})
                .forEach(row -> {
                    UUID law = (UUID) row[0];
                    texts.computeIfAbsent(law, k -> new ArrayList<>()).add((String) row[1]);
                    if (row[3] != null) {
                        texts.get(law).add((String) row[3]);
                    }
                    if (row[2] != null) {
                        adopted.merge(law, (LocalDate) row[2], (a, b) -> a.isBefore(b) ? a : b);
                    }
                });
        handle.createQuery("""
                SELECT lv.law_id, concat_ws(' ', 'art.', ar.number, ar.heading_en, ar.summary_en),
                       concat_ws(' ', ar.heading_ko, ar.summary_ko)
                FROM law_article ar JOIN law_version lv ON lv.id = ar.law_version_id WHERE lv.law_id = ANY(:ids)""")
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> Map.entry(rs.getObject(1, UUID.class), List.of(rs.getString(2), rs.getString(3))))
                .forEach(entry -> texts.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).addAll(entry.getValue()));
        List<SearchDocument> documents = new ArrayList<>();
        for (Row row : rows) {
            SearchDocument.Builder document = SearchDocument.builder("law", row.id(), Access.PUBLIC_REFERENCE)
                    .title("en", row.title("en")).title("ko", row.title("ko"))
                    .summary("en", row.detail()).summary("ko", row.detail())
                    .text(row.titleEn()).date(Optional.ofNullable(adopted.get(row.id())).map(DateSpan::on));
            row.titleKo().ifPresent(document::text);
            row.shortName().ifPresent(document::text);
            row.notes().ifPresent(document::text);
            texts.getOrDefault(row.id(), List.of()).forEach(document::text);
            documents.add(document.build());
        }
        return documents;
    }

    @Override
    public Map<UUID, HitView> present(Handle handle, User user, Collection<UUID> ids, String language,
                                      boolean withProtectedText) {
        Map<UUID, HitView> views = new LinkedHashMap<>();
        for (Row row : rows(handle, ids)) {
            views.put(row.id(), new HitView(row.title(language), row.detail(), "/laws/" + row.id(), Optional.empty()));
        }
        return views;
    }
}
