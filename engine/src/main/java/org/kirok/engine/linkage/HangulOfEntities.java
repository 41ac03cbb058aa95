package org.kirok.engine.linkage;

import java.util.HashMap;
import java.util.Map;

/**
 * Romanized given names read through the Hangul of their entity: "Yong Chol" is 영철 or 용철, but
 * beside mentions that all write 영철 under the same key it is 영철. After a first clustering, a
 * record whose given name is not in Hangul takes the Hangul spelling (jamo and vowel spelling) that
 * every Hangul mention of its entity with the same key writes; records in Hangul keep their own.
 */
final class HangulOfEntities {
    private HangulOfEntities() {
    }

    /** {jamo, spellings}: the records' own where written in Hangul, their entity's where it agrees. */
    static String[][] inherit(int[] entity, String[] keys, String[] jamo, String[] spellings) {
        Map<String, Integer> writer = new HashMap<>();
        Map<String, Boolean> unanimous = new HashMap<>();
        for (int r = 0; r < keys.length; r++) {
            if (!jamo[r].isEmpty() && !keys[r].isEmpty()) {
                String group = entity[r] + "\u001f" + keys[r];
                Integer first = writer.putIfAbsent(group, r);
                if (first != null && !jamo[first].equals(jamo[r])) {
                    unanimous.put(group, false);
                }
            }
        }
        String[] readJamo = jamo.clone();
        String[] readSpellings = spellings.clone();
        for (int r = 0; r < keys.length; r++) {
            if (jamo[r].isEmpty() && !keys[r].isEmpty()) {
                String group = entity[r] + "\u001f" + keys[r];
                Integer from = writer.get(group);
                if (from != null && unanimous.getOrDefault(group, true)) {
                    readJamo[r] = jamo[from];
                    readSpellings[r] = spellings[from];
                }
            }
        }
        return new String[][] {readJamo, readSpellings};
    }
}
