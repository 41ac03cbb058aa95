package org.kirok.search.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.ko.KoreanPartOfSpeechStopFilter;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.dict.UserDictionary;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;

/**
 * The analyzers per language. Korean: Nori (Lucene's mecab-ko-dic morphological analyzer) with
 * {@code DecompoundMode.MIXED}, which keeps a compound next to its parts — 정치범수용소 gives 정치범수용소, 정치범,
 * 수용소 — so that 수용소 finds 정치범수용소에서, while 수용소 stays one word and a lone 소 (a cow) matches nothing
 * of it; particles, endings and other grammatical morphemes are dropped by part-of-speech stop
 * tags. A user dictionary ({@code search/korean-terms.txt}) adds the domain's terms that the general dictionary
 * splits wrongly (정치범수용소로 would become 정치/범수/용소). Nori is the Lucene port of mecab-ko-dic's lattice
 * segmentation (Kudo, Yamamoto, Matsumoto, "Applying Conditional Random Fields to Japanese Morphological Analysis",
 * EMNLP 2004). English: {@link EnglishAnalyzer} (possessives, stop words, Porter stemming: "tortured" finds
 * "torture"; Porter, "An algorithm for suffix stripping", Program 14(3), 1980). Thread-safe; close once.
 */
final class Analysis implements Closeable {
    static final String USER_DICTIONARY = "search/korean-terms.txt";

    private final Analyzer korean = new KoreanAnalyzer(userDictionary(), KoreanTokenizer.DecompoundMode.MIXED,
            KoreanPartOfSpeechStopFilter.DEFAULT_STOP_TAGS, false);
    private final Analyzer english = new EnglishAnalyzer();
    private final Analyzer perField = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), Map.of(
            Fields.TEXT_KO, korean, Fields.PROTECTED_KO, korean,
            Fields.TEXT_EN, english, Fields.PROTECTED_EN, english));

    private static UserDictionary userDictionary() {
        try (InputStream in = Analysis.class.getClassLoader().getResourceAsStream(USER_DICTIONARY)) {
            if (in == null) {
                throw new IllegalStateException("the Korean user dictionary " + USER_DICTIONARY + " is missing");
            }
            return UserDictionary.open(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + USER_DICTIONARY + ": " + e.getMessage(), e);
        }
    }

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
