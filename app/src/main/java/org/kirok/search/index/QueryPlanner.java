package org.kirok.search.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;
import org.kirok.engine.name.PlaceKeys;

/**
 * Turns what was typed into a Lucene query. Every word must match somewhere: in Korean text (Nori), in English text
 * (stemmed), in protected text (transcripts; only for users with identity access), as a code, as a place name in
 * any romanization ({@code PlaceKeys}), or — with identity access — as a name. Runs of two to four words are also
 * tried as one name ("Ri Yong Chol" = 리영철 = Lee Young-chul = Yong Chol Ri, through the keyed hashes of the
 * engine's {@code NameKeys}) or one place ("North Hamgyong" = 함경북도). Name matches outrank text: an exact
 * spelling first, then the same name in another script, romanization or order, then looser keys. Records about a
 * person (acts of a victim, testimonies of an interviewee) match through the persons of that name whom the user may
 * read, found by a first, access-filtered lookup ({@link People}). Thread-safe.
 */
final class QueryPlanner {

    /** The persons, as {@link Fields#personKey keys}, whose names have these hashes and whom the user may read. */
    @FunctionalInterface
    interface People {
        long[] named(NameHashes hashes);
    }

    static final float EXACT = 60f;
    static final float CANONICAL = 30f;
    static final float RELATED = 12f;
    static final float LOOSE = 8f;
    static final float CODE = 50f;
    static final float PLACE = 6f;
    static final int LONGEST_RUN = 4;
    /** Longer queries are plain text: trying every run of a long sentence as a name costs more than it finds. */
    static final int MOST_WORDS_FOR_RUNS = 8;

    private final QueryBuilder korean;
    private final QueryBuilder english;

    QueryPlanner(Analysis analysis) {
        this.korean = new QueryBuilder(analysis.korean());
        this.english = new QueryBuilder(analysis.english());
        // a decompounded word must match as its parts in sequence (수용 소), never as any one part (소)
        korean.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
    }

    /**
     * @param identity   whether the user may read identities: only then do names and protected text match
     * @param prefixLast whether the last word may be incomplete (type-ahead)
     */
    Query plan(QueryText text, boolean identity, Blinder blinder, People people, boolean prefixLast) {
        if (text.isEmpty()) {
            return new MatchAllDocsQuery();
        }
        List<String> words = text.words();
        List<Optional<Query>> wordQueries = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            boolean prefix = prefixLast && i == words.size() - 1 && text.phrases().isEmpty();
            wordQueries.add(word(words.get(i), identity, blinder, people, prefix));
        }
        List<Query> phraseQueries = text.phrases().stream().map(phrase -> phrase(phrase, identity)).toList();
        BooleanQuery.Builder alternatives = new BooleanQuery.Builder();
        alternatives.add(all(wordQueries, 0, 0, Optional.empty(), phraseQueries), Occur.SHOULD);
        if (words.size() <= MOST_WORDS_FOR_RUNS) {
            for (int length = 2; length <= Math.min(LONGEST_RUN, words.size()); length++) {
                for (int start = 0; start + length <= words.size(); start++) {
                    List<String> runWords = words.subList(start, start + length);
                    if (!oneScript(runWords)) {
                        continue; // "이영철 repatriation" is a name and a word, not a name
                    }
                    Optional<Query> run = run(String.join(" ", runWords), identity, blinder, people);
                    if (run.isPresent()) {
                        alternatives.add(all(wordQueries, start, start + length, run, phraseQueries), Occur.SHOULD);
                    }
                }
            }
        }
        return alternatives.build();
    }

    /** Every word outside [from, to) and every phrase, plus the run that stands for the words inside. */
    private static Query all(List<Optional<Query>> words, int from, int to, Optional<Query> run, List<Query> phrases) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        run.ifPresent(query -> all.add(query, Occur.MUST));
        for (int i = 0; i < words.size(); i++) {
            if (i < from || i >= to) {
                words.get(i).ifPresent(query -> all.add(query, Occur.MUST));
            }
        }
        phrases.forEach(query -> all.add(query, Occur.MUST));
        BooleanQuery built = all.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    /** One word in any field; empty for a word that carries no meaning (a stop word, a lone particle). */
    private Optional<Query> word(String word, boolean identity, Blinder blinder, People people, boolean prefix) {
        boolean hangul = word.chars().anyMatch(c -> TextLanguage.isHangul((char) c));
        Query ko = korean.createBooleanQuery(Fields.TEXT_KO, word);
        Query en = english.createBooleanQuery(Fields.TEXT_EN, word);
        if ((hangul ? ko : en) == null && !prefix) {
            return Optional.empty();
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        add(any, ko);
        add(any, en);
        if (identity) {
            add(any, korean.createBooleanQuery(Fields.PROTECTED_KO, word));
            add(any, english.createBooleanQuery(Fields.PROTECTED_EN, word));
            names(any, word, blinder, people);
        }
        any.add(constant(new TermQuery(new Term(Fields.CODE, word.toLowerCase(Locale.ROOT))), CODE), Occur.SHOULD);
        place(any, word);
        if (prefix && word.length() >= 2) {
            any.add(new PrefixQuery(new Term(Fields.TEXT_EN, word.toLowerCase(Locale.ROOT))), Occur.SHOULD);
            any.add(new PrefixQuery(new Term(Fields.TEXT_KO, word.toLowerCase(Locale.ROOT))), Occur.SHOULD);
            any.add(new PrefixQuery(new Term(Fields.CODE, word.toLowerCase(Locale.ROOT))), Occur.SHOULD);
        }
        return Optional.of(any.build());
    }

    private Query phrase(String phrase, boolean identity) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        add(any, korean.createPhraseQuery(Fields.TEXT_KO, phrase));
        add(any, english.createPhraseQuery(Fields.TEXT_EN, phrase));
        if (identity) {
            add(any, korean.createPhraseQuery(Fields.PROTECTED_KO, phrase));
            add(any, english.createPhraseQuery(Fields.PROTECTED_EN, phrase));
        }
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
    }

    /**
     * Whether a run of words is written in one script, as names and place names are: every word all Hangul, or no
     * Hangul anywhere and Latin letters in every word. The engine reads only the Hangul of a mixed run, which would let
     * a name or a place swallow the words next to it ("이영철 repatriation", "회령 2019").
     */
    static boolean oneScript(List<String> words) {
        boolean hangul = words.stream().allMatch(word -> word.chars().allMatch(c -> TextLanguage.isHangul((char) c)));
        boolean latin = words.stream().allMatch(word -> word.chars().noneMatch(c -> TextLanguage.isHangul((char) c))
                && word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN));
        return hangul || latin;
    }

    /** Several words as one name or one place; empty when they can be neither. */
    private Optional<Query> run(String words, boolean identity, Blinder blinder, People people) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        if (identity) {
            names(any, words, blinder, people);
        }
        place(any, words);
        BooleanQuery built = any.build();
        return built.clauses().isEmpty() ? Optional.empty() : Optional.of(built);
    }

    private static void names(BooleanQuery.Builder any, String name, Blinder blinder, People people) {
        NameHashes hashes = NameHashes.of(List.of(name), blinder);
        if (hashes.isEmpty()) {
            return;
        }
        hashes.exact().forEach(hash -> any.add(constant(new TermQuery(new Term(Fields.NAME_EXACT, hash)), EXACT), Occur.SHOULD));
        hashes.canonical().forEach(hash -> any.add(constant(new TermQuery(new Term(Fields.NAME_CANONICAL, hash)),
                CANONICAL), Occur.SHOULD));
        hashes.loose().forEach(hash -> any.add(constant(new TermQuery(new Term(Fields.NAME_LOOSE, hash)), LOOSE), Occur.SHOULD));
        long[] persons = people.named(new NameHashes(hashes.exact(), hashes.canonical(), Set.of()));
        if (persons.length > 0) {
            any.add(constant(LongPoint.newSetQuery(Fields.RELATED_PERSON, persons), RELATED), Occur.SHOULD);
        }
    }

    /** The query that finds persons by these hashes (before the access filter). */
    static Query personsNamed(NameHashes hashes) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        hashes.exact().forEach(hash -> any.add(new TermQuery(new Term(Fields.NAME_EXACT, hash)), Occur.SHOULD));
        hashes.canonical().forEach(hash -> any.add(new TermQuery(new Term(Fields.NAME_CANONICAL, hash)), Occur.SHOULD));
        return any.build();
    }

    private static void place(BooleanQuery.Builder any, String words) {
        String key = PlaceKeys.canonical(words);
        if (!key.isEmpty()) {
            any.add(constant(new TermQuery(new Term(Fields.PLACE_KEY, key)), PLACE), Occur.SHOULD);
        }
    }

    private static void add(BooleanQuery.Builder any, Query query) {
        if (query != null) {
            any.add(query, Occur.SHOULD);
        }
    }

    private static Query constant(Query query, float boost) {
        return new BoostQuery(new ConstantScoreQuery(query), boost);
    }
}
