package org.kirok.search.index;

/**
 * Which analyzer a text goes to: Korean (Nori) when a noticeable share of its letters is Hangul, English
 * otherwise. Detected per field value, since one record mixes Korean transcripts with English labels. Latin words
 * inside Korean text are still found: Nori keeps them as lower-cased foreign-word tokens.
 */
enum TextLanguage {
    KOREAN, ENGLISH;

    /** A fifth of the letters in Hangul is plenty: Korean text quotes English names and acronyms, not vice versa. */
    private static final double HANGUL_SHARE = 0.2;

    static TextLanguage detect(String text) {
        int letters = 0;
        int hangul = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                if (isHangul(c)) {
                    hangul++;
                }
            }
        }
        return letters > 0 && hangul >= HANGUL_SHARE * letters ? KOREAN : ENGLISH;
    }

    static boolean isHangul(char c) {
        return (c >= '\uAC00' && c <= '\uD7A3') || (c >= '\u1100' && c <= '\u11FF') || (c >= '\u3130' && c <= '\u318F');
    }
}
