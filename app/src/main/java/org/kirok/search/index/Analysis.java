package org.kirok.search.index;

import java.io.Closeable;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analyzers per language. Korean: Nori (Lucene's mecab-ko-dic morphological analyzer) with
 * {@code DecompoundMode.MIXED}, which keeps a compound next to its parts — 정치범수용소 gives 정치범, 정치, 범,
 * 수용소, 수용, 소 — so that 수용소 finds 정치범수용소에서 while the query 수용소 still needs 수용소 (or 수용 followed
 * by 소), not a lone 소; particles, endings and other grammatical morphemes are dropped by part-of-speech stop
 * tags. English: {@link EnglishAnalyzer} (possessives, stop words, Porter stemming: "tortured" finds "torture";
 * Porter, "An algorithm for suffix stripping", Program 14(3), 1980). Thread-safe; close once.
 */
final class Analysis implements Closeable {
    private final Analyzer korean = new KoreanAnalyzer(null, KoreanTokenizer.DecompoundMode.MIXED,
            KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
            Fields.TEXT_KO, korean, Fields.PROTECTED_KO, korean,
            Fields.TEXT_EN, english, Fields.PROTECTED_EN, english));

    Analyzer korean() {
        return korean;
    }

    Analyzer english() {
        return english;
    }

    /** For the writer and the highlighter: each text field with its language's analyzer. */
    Analyzer perField() {
        return perField;
    }

    @Override
    public void close() {
        korean.close();
        english.close();
    }
}
