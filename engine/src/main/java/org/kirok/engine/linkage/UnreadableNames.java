package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.Map;
import org.kirok.engine.name.ParsedName;
import org.kirok.engine.name.Syllables;

/**
 * Which given names cannot be anyone's name as written, so that one slip from a name they must be
 * that name mistyped. By the noisy channel (Kernighan, Church &amp; Gale 1990) a slip into a spelling
 * that is a name of its own ("Yongchol" against "Yongchan") is weak evidence, since another person
 * may bear it; a slip into a spelling no person bears ("Chnyo", "Ho-phl") could only have come from
 * a neighbouring name, so agreeing with that name weighs as much as agreeing with it exactly.
 * <ul>
 *   <li>Romanized: the folded key does not segment into Korean syllables ({@link Syllables#parses}):
 *       "Chnyo" has no vowel after "chn".</li>
 *   <li>Hangul: a syllable of the given name that no other record of the table writes in a given
 *       name, once the table holds {@link #HANGUL_NAMES_TO_JUDGE} names in Hangul (in a smaller one,
 *       a rare syllable seen once is no sign of a slip).</li>
 * </ul>
 * Thread-safe, stateless.
 */
final class UnreadableNames {
    static final int HANGUL_NAMES_TO_JUDGE = 1_000;

    private UnreadableNames() {
    }

    /** For each record, whether its given name, as written, can be no one's name. */
    static boolean[] of(ParsedName[] names) {
        Map<Character, Integer> syllables = new HashMap<>();
        int hangulNames = 0;
        for (ParsedName name : names) {
            if (name.korean() && !name.givenJamo().isEmpty()) {
                hangulNames++;
                name.givenSpelling().chars().distinct().forEach(c -> syllables.merge((char) c, 1, Integer::sum));
            }
        }
        boolean judgeHangul = hangulNames >= HANGUL_NAMES_TO_JUDGE;
        boolean[] unreadable = new boolean[names.length];
        for (int i = 0; i < names.length; i++) {
            ParsedName name = names[i];
            if (!name.korean() || name.givenKey().isEmpty()) {
                continue;
            }
            unreadable[i] = name.givenJamo().isEmpty()
                    ? !Syllables.parses(name.givenKey())
                    : judgeHangul && name.givenSpelling().chars().anyMatch(c -> syllables.get((char) c) == 1);
        }
        return unreadable;
    }
}
