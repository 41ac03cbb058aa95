package org.kirok.engine.name;

/**
 * The initial sound law (두음법칙) that separates South Korean from North Korean spelling: the South
 * writes 이, 임, 유, 노, 양, 나, 여 where the North writes 리, 림, 류, 로, 량, 라, 려 at the start of a
 * word or name (Standard Korean Language Dictionary, Hangul orthography articles 10–12; the North's
 * 1966 Chosŏnmal kyubŏm keeps ㄹ and ㄴ). Thread-safe, stateless.
 */
public final class InitialSoundLaw {
    private static final int RIEUL = 5;
    private static final int NIEUN = 2;
    private static final int IEUNG = 11;

    private InitialSoundLaw() {
    }

    /** The South Korean form of a word-initial syllable: 리 → 이, 로 → 노, 녀 → 여; others unchanged. */
    public static char southern(char syllable) {
        if (!Hangul.isSyllable(syllable)) {
            return syllable;
        }
        int initial = Hangul.initial(syllable);
        int medial = Hangul.medial(syllable);
        if (initial == RIEUL) {
            return Hangul.compose(beforeIOrY(medial) ? IEUNG : NIEUN, medial, Hangul.coda(syllable));
        }
        if (initial == NIEUN && beforeIOrY(medial)) {
            return Hangul.compose(IEUNG, medial, Hangul.coda(syllable));
        }
        return syllable;
    }

    /** Applies {@link #southern(char)} to the first syllable of a word. */
    public static String southernWord(String word) {
        if (word.isEmpty()) {
            return word;
        }
        return southern(word.charAt(0)) + word.substring(1);
    }

    /** ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ: the vowels before which the South drops ㄹ and ㄴ altogether. */
    private static boolean beforeIOrY(int medial) {
        return medial == 2 || medial == 3 || medial == 6 || medial == 7 || medial == 12 || medial == 17
                || medial == 20;
    }
}
