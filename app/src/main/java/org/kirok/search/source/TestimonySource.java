package org.kirok.search.source;

import java.time.LocalDate;
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
import org.kirok.audit.AuditLog;
import org.kirok.person.PersonService;
import org.kirok.search.Dimension;
import org.kirok.search.HitView;
import org.kirok.search.SearchSource;
import org.kirok.search.index.Access;
import org.kirok.search.index.DateSpan;
import org.kirok.search.index.SearchDocument;
import org.kirok.security.AccessPolicy;
import org.kirok.security.User;
import org.kirok.store.Confidentiality;
import org.kirok.vault.IdentityVault;
import org.kirok.vault.SubjectKey;

/**
 * Testimonies: the transcript and the interview summary are protected text (decrypted only in memory to index them;
 * matched and cut into snippets only for users with identity access, each such read audited); the reference code,
 * title, date and place are in the clear, as in the database.
 */
public final class TestimonySource implements SearchSource {
    static final String TABLE = "source";

    private final IdentityVault vault;
    private final AccessPolicy access;
    private final PersonService persons;
    private final AuditLog audit;

    public TestimonySource(IdentityVault vault, AccessPolicy access, PersonService persons, AuditLog audit) {
        this.vault = vault;
        this.access = access;
        this.persons = persons;
        this.audit = audit;
    }

    @Override
    public String type() {
        return "testimony";
    }

    @Override
    public boolean holdsProtectedText() {
        return true;
    }

    @Override
    public List<Dimension> dimensions() {
        return List.of(Dimensions.PLACE, Dimensions.FACILITY_TYPE, Dimensions.SOURCE_ORGANISATION);
    }

    @Override
    public Set<UUID> affected(Handle handle, String entity, Collection<UUID> ids) {
        return switch (entity) {
            case "source" -> Queries.ids(handle, "SELECT source_id FROM testimony WHERE source_id = ANY(:ids)", ids);
            // an erased interviewee's transcripts lose their key: their words must leave the index with it
            case "person" -> Queries.ids(handle, "SELECT source_id FROM testimony WHERE interviewee_id = ANY(:ids)", ids);
            case "place" -> Queries.ids(handle, "SELECT source_id FROM testimony WHERE interview_place_id IN "
                    + Subtrees.PLACES_BELOW, ids);
            case "vocab_term" -> Queries.ids(handle, """
                    SELECT t.source_id FROM testimony t JOIN facility f ON f.place_id = t.interview_place_id
                    WHERE f.facility_type_id = ANY(:ids)""", ids);
            default -> new HashSet<>();
        };
    }

    @Override
    public List<UUID> ids(Handle handle, Optional<UUID> after, int limit) {
        return Queries.page(handle, "source", "kind = 'testimony'", after, limit);
    }

    private record Row(UUID id, String reference, String title, Optional<UUID> organisationId, String confidentiality,
                       UUID interviewee, LocalDate date, Optional<UUID> placeId, byte[] transcript, byte[] summary) {
    }

    @Override
    public List<SearchDocument> load(Handle handle, Collection<UUID> ids) {
        List<Row> rows = handle.createQuery("""
                SELECT s.id, s.reference_code, s.title, s.organisation_id, s.confidentiality, t.interviewee_id,
                       t.interview_date, t.interview_place_id, t.transcript_enc, t.summary_enc
                FROM source s JOIN testimony t ON t.source_id = s.id WHERE s.id = ANY(:ids)""")
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getObject(4, UUID.class)), rs.getString(5), rs.getObject(6, UUID.class),
                        rs.getObject(7, LocalDate.class), Optional.ofNullable(rs.getObject(8, UUID.class)),
                        rs.getBytes(9), rs.getBytes(10)))
                .list();
        Map<UUID, SubjectKey> keys = vault.keys(handle, TABLE, rows.stream().map(Row::id).toList());
        Map<UUID, PlaceChain> places = PlaceChain.of(handle, rows.stream().map(Row::placeId).flatMap(Optional::stream)
                .toList());
        List<SearchDocument> documents = new ArrayList<>();
        for (Row row : rows) {
            SearchDocument.Builder document = SearchDocument.builder("testimony", row.id(),
                    new Access(row.organisationId(), Confidentiality.parse(row.confidentiality())));
            Optional<SubjectKey> key = Optional.ofNullable(keys.get(row.id())); // none: shredded, texts gone
            key.flatMap(k -> k.decryptOptional("transcript", row.transcript())).ifPresent(document::protectedText);
            key.flatMap(k -> k.decryptOptional("summary", row.summary())).ifPresent(document::protectedText);
            Optional<PlaceChain> place = row.placeId().map(places::get);
            place.ifPresent(chain -> Chains.index(document, chain));
            row.organisationId().ifPresent(org -> document.facet(Dimensions.SOURCE_ORGANISATION.name(), org.toString()));
            documents.add(document.code(row.reference()).text(row.title())
                    .title("en", row.reference() + " · " + row.title())
                    .title("ko", row.reference() + " · " + row.title())
                    .summary("en", ActSource.join(row.date().toString(), place.map(c -> c.path("en")).orElse("")))
                    .summary("ko", ActSource.join(row.date().toString(), place.map(c -> c.path("ko")).orElse("")))
                    .relatedPerson(row.interviewee()).subject(row.interviewee())
                    .date(Optional.of(DateSpan.on(row.date())))
                    .build());
        }
        return documents;
    }

    @Override
    public Map<UUID, HitView> present(Handle handle, User user, Collection<UUID> ids, String language,
                                      boolean withProtectedText) {
        List<Row> rows = handle.createQuery("""
                SELECT s.id, s.reference_code, s.title, s.organisation_id, s.confidentiality, t.interviewee_id,
                       t.interview_date, t.interview_place_id, t.transcript_enc, NULL
                FROM source s JOIN testimony t ON t.source_id = s.id
                WHERE s.id = ANY(:ids) AND """ + access.visibleSql(user, "s"))
                .bindArray("ids", UUID.class, List.copyOf(ids))
                .map((rs, ctx) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        Optional.ofNullable(rs.getObject(4, UUID.class)), rs.getString(5), rs.getObject(6, UUID.class),
                        rs.getObject(7, LocalDate.class), Optional.ofNullable(rs.getObject(8, UUID.class)),
                        rs.getBytes(9), null))
                .list();
        boolean transcripts = withProtectedText && access.canReadIdentity(user);
        Map<UUID, SubjectKey> keys = transcripts ? vault.keys(handle, TABLE, rows.stream().map(Row::id).toList()) : Map.of();
        Map<UUID, String> interviewees = persons.labels(handle, user, rows.stream().map(Row::interviewee).distinct().toList());
        Map<UUID, PlaceChain> places = PlaceChain.of(handle, rows.stream().map(Row::placeId).flatMap(Optional::stream)
                .distinct().toList());
        Map<UUID, HitView> views = new LinkedHashMap<>();
        List<String> read = new ArrayList<>();
        for (Row row : rows) {
            Optional<String> transcript = Optional.ofNullable(keys.get(row.id()))
                    .flatMap(key -> key.decryptOptional("transcript", row.transcript()));
            transcript.ifPresent(text -> read.add(row.id().toString()));
            String where = row.placeId().map(places::get).map(chain -> chain.path(language)).orElse("");
            views.put(row.id(), new HitView(row.reference() + " · " + row.title(),
                    ActSource.join(interviewees.get(row.interviewee()), row.date().toString(), where),
                    "/testimonies/" + row.id(), transcript));
        }
        if (!read.isEmpty()) {
            audit.record(handle, user.actor(), "identity.read", Map.of("table", TABLE, "ids", read,
                    "fields", List.of("transcript"), "purpose", "search snippet"));
        }
        return views;
    }
}
