package org.kirok.engine.name;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A canonical key for a place name: 회령 = 회령시 = Hoeryong = Hoeryŏng = Hoeryeong = HOERYONG =
 * Hoeryong-si = Hoeryŏng City. Administrative words (시 군 구역 읍 리 동 구 도, si/gun/kun/kuyŏk/ŭp/ri/
 * dong/gu/do, City, County, Province …) are dropped, "North"/"South" become the Korean 북/남 at the
 * end (North Hamgyong = Hamgyŏng-bukto = 함경북도), and what is left is folded by
 * {@link KoreanPhonetic}, initial sound law included (량강도 = 양강도 = Ryanggang). Only the first
 * comma-separated component — the most specific place — is keyed. Never throws; "" for blank
 * input. Thread-safe, stateless.
 */
public final class PlaceKeys {
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)|\\[[^]]*]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐–—_/.·]+");
    private static final List<String> HANGUL_SUFFIXES =
        List.of("로동자구", "노동자구", "특별시", "직할시", "광역시", "특급시", "구역", "시", "군", "읍", "리", "동", "구", "도");
    private static final Set<String> ADMIN_WORDS = Set.of("province", "city", "county", "district", "town",
        "village", "special", "capital", "municipality", "region", "prefecture", "directly", "governed", "of",
        "the", "do", "to", "si", "shi", "gun", "kun", "guyeok", "kuyok", "kuyŏk", "eup", "up", "ŭp", "ri", "li",
        "dong", "tong", "gu", "ku", "rodongjagu", "nodongjagu", "workers", "area", "county-level");
    private static final Set<String> NORTH = Set.of("north", "northern", "buk", "puk", "bukto", "bukdo", "pukto");
    private static final Set<String> SOUTH = Set.of("south", "southern", "nam", "namdo", "namto");

    private PlaceKeys() {
    }

    public static String canonical(String placeName) {
        if (placeName == null || placeName.isBlank()) {
            return "";
        }
        String text = Normalizer.normalize(placeName, Normalizer.Form.NFKC);
        String withoutNotes = PARENTHESES.matcher(text).replaceAll(" ");
        text = withoutNotes.isBlank() ? text : withoutNotes;
        int comma = text.indexOf(',');
        if (comma > 0 && !text.substring(0, comma).isBlank()) {
            text = text.substring(0, comma);
        }
        String key = Hangul.containsSyllable(text) ? hangul(text) : latin(text);
        return key.isEmpty() ? NameParser.asciiToken(text) : key;
    }

    private static String hangul(String text) {
        StringBuilder syllables = new StringBuilder();
        text.chars().filter(c -> Hangul.isSyllable((char) c)).forEach(c -> syllables.append((char) c));
        String word = syllables.toString();
        for (String suffix : HANGUL_SUFFIXES) {
            if (word.endsWith(suffix) && word.length() - suffix.length() >= 2) {
                word = word.substring(0, word.length() - suffix.length());
                break;
            }
        }
        return KoreanPhonetic.key(InitialSoundLaw.southernWord(word));
    }

    private static String latin(String text) {
        List<String> words = new ArrayList<>();
        String direction = "";
        for (String token : SEPARATORS.split(KoreanPhonetic.asciiLower(text).strip())) {
            String word = token.replaceAll("[^a-z]", "");
            if (word.isEmpty() || ADMIN_WORDS.contains(word)) {
                continue;
            }
            if (NORTH.contains(word)) {
                direction = "buk";
            } else if (SOUTH.contains(word)) {
                direction = "nam";
            } else {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return direction.isEmpty() ? "" : KoreanPhonetic.key(direction);
        }
        return KoreanPhonetic.key(String.join("", words) + direction);
    }
}
