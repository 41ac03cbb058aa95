package org.kirok.search.index;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One record as the search index sees it. Everything here may be written to the index: {@code texts} and the
 * stored {@code titles}/{@code summaries} hold only what the database keeps in the clear; {@code protectedTexts}
 * (transcripts) reach the disk only encrypted and are matched only for users with identity access; names appear
 * only as keyed hashes.
 *
 * @param type           the document type ("act"), as the API's {@code type} parameter names it
 * @param titles         display title per language ("en", "ko"); stored
 * @param summaries      one-line description per language; stored, and the snippet for readers without identity access
 * @param codes          identifiers typed as is (case codes, reference codes, pseudonyms); matched exactly
 * @param texts          searchable text in the clear; the language of each is detected
 * @param protectedTexts searchable identity text (transcripts, summaries of interviews)
 * @param names          the record's own names (persons), as keyed hashes
 * @param relatedPersons the people the record is about (victim, perpetrators, interviewee): a name query finds the
 *                       record through them, but only through persons the user may read
 * @param placeKeys      {@code PlaceKeys} of its places, so that 회령 = Hoeryong = Hoeryŏng
 * @param facets         facet values besides type, confidentiality and date, which are derived
 * @param subject        the person the record is about (an act's victim), for "victims who also suffered …"
 */
public record SearchDocument(String type, UUID id, Access access, Map<String, String> titles,
                             Map<String, String> summaries, Set<String> codes, List<String> texts,
                             List<String> protectedTexts, NameHashes names, Set<UUID> relatedPersons,
                             Set<String> placeKeys, List<FacetPath> facets, Optional<DateSpan> date,
                             Optional<UUID> subject) {

    public SearchDocument {
        if (type == null || !type.matches("[a-z][a-z_]{0,31}")) {
            throw new IllegalArgumentException("a document type is 1 to 32 lower-case letters or _ (got '" + type + "')");
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(access, "access");
        titles = Map.copyOf(titles);
        if (titles.isEmpty()) {
            throw new IllegalArgumentException("document " + type + "/" + id + " has no title");
        }
        summaries = Map.copyOf(summaries);
        codes = Set.copyOf(codes);
        texts = List.copyOf(texts);
        protectedTexts = List.copyOf(protectedTexts);
        Objects.requireNonNull(names, "names");
        relatedPersons = Set.copyOf(relatedPersons);
        placeKeys = Set.copyOf(placeKeys);
        facets = List.copyOf(facets);
        for (FacetPath facet : facets) {
            if (facet.dimension().equals(FacetSpec.TYPE.name()) || facet.dimension().equals(FacetSpec.DATE.name())
                    || facet.dimension().equals(FacetSpec.CONFIDENTIALITY.name())) {
                throw new IllegalArgumentException("the facet " + facet.dimension() + " is derived, not given");
            }
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
    }

    /** The title in the language, else in English, else any. */
    public String title(String language) {
        return titles.getOrDefault(language, titles.getOrDefault("en", titles.values().iterator().next()));
    }

    public static Builder builder(String type, UUID id, Access access) {
        return new Builder(type, id, access);
    }

    /** Collects a document's parts; blank texts and keys are skipped, so sources can pass nullable columns. */
    public static final class Builder {
        private final String type;
        private final UUID id;
        private final Access access;
        private final Map<String, String> titles = new LinkedHashMap<>();
        private final Map<String, String> summaries = new LinkedHashMap<>();
        private final Set<String> codes = new LinkedHashSet<>();
        private final List<String> texts = new ArrayList<>();
        private final List<String> protectedTexts = new ArrayList<>();
        private NameHashes names = NameHashes.NONE;
        private final Set<UUID> relatedPersons = new LinkedHashSet<>();
        private final Set<String> placeKeys = new LinkedHashSet<>();
        private final List<FacetPath> facets = new ArrayList<>();
        private Optional<DateSpan> date = Optional.empty();
        private Optional<UUID> subject = Optional.empty();

        private Builder(String type, UUID id, Access access) {
            this.type = type;
            this.id = id;
            this.access = access;
        }

        public Builder title(String language, String title) {
            if (title != null && !title.isBlank()) {
                titles.put(language, title.strip());
            }
            return this;
        }

        public Builder summary(String language, String summary) {
            if (summary != null && !summary.isBlank()) {
                summaries.put(language, summary.strip());
            }
            return this;
        }

        public Builder code(String code) {
            if (code != null && !code.isBlank()) {
                codes.add(code.strip());
            }
            return this;
        }

        public Builder text(String text) {
            if (text != null && !text.isBlank()) {
                texts.add(text);
            }
            return this;
        }

        public Builder protectedText(String text) {
            if (text != null && !text.isBlank()) {
                protectedTexts.add(text);
            }
            return this;
        }

        public Builder names(NameHashes hashes) {
            this.names = hashes;
            return this;
        }

        public Builder relatedPerson(UUID person) {
            if (person != null) {
                relatedPersons.add(person);
            }
            return this;
        }

        public Builder placeKey(String key) {
            if (key != null && !key.isBlank()) {
                placeKeys.add(key);
            }
            return this;
        }

        public Builder facet(String dimension, List<String> path) {
            if (!path.isEmpty()) {
                facets.add(new FacetPath(dimension, path));
            }
            return this;
        }

        public Builder facet(String dimension, String value) {
            if (value != null && !value.isBlank()) {
                facets.add(FacetPath.of(dimension, value));
            }
            return this;
        }

        public Builder date(Optional<DateSpan> span) {
            this.date = span;
            return this;
        }

        public Builder subject(UUID person) {
            this.subject = Optional.ofNullable(person);
            return this;
        }

        public SearchDocument build() {
            return new SearchDocument(type, id, access, titles, summaries, codes, texts, protectedTexts, names,
                    relatedPersons, placeKeys, facets, date, subject);
        }
    }
}
