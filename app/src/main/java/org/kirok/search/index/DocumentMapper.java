package org.kirok.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * Turns a {@link SearchDocument} into Lucene fields. Only titles, summaries, type and id are stored; texts are
 * indexed but not stored (a snippet of a transcript is cut from the decrypted transcript at query time, for users
 * who may read it). Thread-safe.
 */
final class DocumentMapper {
    /** Open date ends are indexed as far-away days so that range filters treat them as unbounded. */
    static final long OPEN_START = LocalDate.of(1, 1, 1).toEpochDay();
    static final long OPEN_END = LocalDate.of(9999, 12, 31).toEpochDay();

    private final Schema schema;

    DocumentMapper(Schema schema) {
        this.schema = schema;
    }

    Document map(SearchDocument source) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, Fields.key(source.type(), source.id()), Field.Store.NO));
        doc.add(new StringField(Fields.TYPE, source.type(), Field.Store.YES));
        doc.add(new StoredField(Fields.ID, source.id().toString()));
        doc.add(new StringField(Fields.CONFIDENTIALITY, source.access().confidentiality().code(), Field.Store.NO));
        doc.add(new StringField(Fields.ORGANISATION, source.access().organisation().map(Object::toString)
                .orElse(Fields.NO_ORGANISATION), Field.Store.NO));
        source.access().sharedKind().ifPresent(kind -> doc.add(new StringField(Fields.SHARED_KIND, kind, Field.Store.NO)));
        source.access().sharedDate().ifPresent(date -> doc.add(new LongPoint(Fields.SHARED_DATE, date.toEpochDay())));
        source.titles().forEach((language, title) -> doc.add(new StoredField(Fields.TITLE + language, title)));
        source.summaries().forEach((language, summary) -> doc.add(new StoredField(Fields.SUMMARY + language, summary)));
        source.codes().forEach(code -> doc.add(new StringField(Fields.CODE, code.toLowerCase(Locale.ROOT), Field.Store.NO)));
        texts(doc, source.texts(), Fields.TEXT_KO, Fields.TEXT_EN);
        texts(doc, source.protectedTexts(), Fields.PROTECTED_KO, Fields.PROTECTED_EN);
        keywords(doc, Fields.NAME_EXACT, source.names().exact());
        keywords(doc, Fields.NAME_CANONICAL, source.names().canonical());
        keywords(doc, Fields.NAME_LOOSE, source.names().loose());
        source.relatedPersons().forEach(person -> doc.add(new LongPoint(Fields.RELATED_PERSON, Fields.personKey(person))));
        keywords(doc, Fields.PLACE_KEY, source.placeKeys());
        source.subject().ifPresent(subject -> {
            doc.add(new LongPoint(Fields.SUBJECT, Fields.personKey(subject)));
            doc.add(new SortedNumericDocValuesField(Fields.SUBJECT, Fields.personKey(subject)));
        });

        List<FacetPath> facets = new ArrayList<>(source.facets());
        facets.add(FacetPath.of(FacetSpec.TYPE.name(), source.type()));
        facets.add(FacetPath.of(FacetSpec.CONFIDENTIALITY.name(), source.access().confidentiality().code()));
        source.date().ifPresent(span -> {
            int year = span.representative().getYear();
            facets.add(FacetPath.of(FacetSpec.DATE.name(), decade(year), Integer.toString(year)));
            doc.add(new NumericDocValuesField(Fields.DATE_SORT, span.representative().toEpochDay()));
            doc.add(new LongPoint(Fields.DATE_FROM, span.start().map(LocalDate::toEpochDay).orElse(OPEN_START)));
            doc.add(new LongPoint(Fields.DATE_TO, span.end().map(LocalDate::toEpochDay).orElse(OPEN_END)));
        });
        for (FacetPath facet : facets) {
            if (schema.dimension(facet.dimension()).isEmpty()) {
                throw new IllegalArgumentException("document " + source.type() + "/" + source.id()
                        + " has a value for the undeclared facet " + facet.dimension());
            }
            doc.add(new SortedSetDocValuesFacetField(facet.dimension(), facet.path().toArray(String[]::new)));
        }
        Set<String> filterTerms = new LinkedHashSet<>();
        for (FacetPath facet : facets) {
            facet.path().forEach(node -> filterTerms.add(facet.dimension() + "\u001f" + node));
        }
        for (String term : filterTerms) {
            int split = term.indexOf('\u001f');
            doc.add(new StringField(Fields.filter(term.substring(0, split)), term.substring(split + 1), Field.Store.NO));
        }
        try {
            return schema.facetsConfig().build(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Each text to the field of its language; the short texts of one language are joined into one value (a line
     * apart), which analyses them in one pass instead of one pass each.
     */
    private static void texts(Document doc, java.util.List<String> texts, String korean, String english) {
        StringBuilder ko = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (String text : texts) {
            (TextLanguage.detect(text) == TextLanguage.KOREAN ? ko : en).append(text).append('\n');
        }
        if (!ko.isEmpty()) {
            doc.add(new TextField(korean, ko.toString(), Field.Store.NO));
        }
        if (!en.isEmpty()) {
            doc.add(new TextField(english, en.toString(), Field.Store.NO));
        }
    }

    /** "2010s" for 2014: the decade level of the date facet. */
    static String decade(int year) {
        return Math.floorDiv(year, 10) * 10 + "s";
    }

    private static void keywords(Document doc, String field, Set<String> values) {
        values.forEach(value -> doc.add(new StringField(field, value, Field.Store.NO)));
    }
}
