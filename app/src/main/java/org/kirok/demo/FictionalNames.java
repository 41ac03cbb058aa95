package org.kirok.demo;

import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Korean names for fictional people: a surname drawn by its rough share of the population, a given name built
 * from syllables common in the North. Names of public figures (officials, well-known survivors and activists)
 * are refused, so no demo record reads like a real person's.
 */
final class FictionalNames {
    private static final String[] SURNAMES = {"김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서",
        "신", "권", "황", "안", "송", "류", "전", "홍", "고", "문", "양", "손", "배", "백", "허", "남", "심", "노", "하",
        "곽", "성", "차", "주", "우", "구", "라", "진", "지", "엄", "채", "원", "방", "공", "현", "함", "변", "염", "여",
        "도", "석", "마", "길", "연", "표", "명", "기", "왕", "금", "옥", "탁", "남궁", "황보", "제갈", "선우"};
    /** Roughly proportional to how common each surname is; the long tail shares the rest. */
    private static final int[] WEIGHTS = {215, 147, 84, 47, 44, 23, 21, 20, 20, 16, 15, 15, 15, 15, 14, 14, 13, 13,
        12, 11, 11, 9, 9, 9, 9, 8, 8, 7, 6, 6, 6, 5, 4, 4, 4, 4, 4, 4, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2, 2,
        2, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1};
    private static final String[] MALE = {"철", "남", "호", "수", "일", "혁", "성", "룡", "광", "명", "국", "진", "준",
        "학", "석", "웅", "훈", "범", "길", "송", "만", "춘", "근", "식"};
    private static final String[] FEMALE = {"희", "숙", "순", "옥", "란", "미", "영", "정", "경", "화", "향", "금", "실",
        "련", "애", "주", "심", "단", "복", "녀"};
    private static final String[] FIRST = {"영", "명", "은", "정", "성", "현", "춘", "광", "경", "금", "순", "옥", "철",
        "혜", "수", "일", "학", "덕", "봉", "창", "청", "해", "향", "충", "룡", "문", "승", "효", "동", "진"};
    private static final Set<String> PUBLIC_FIGURES = Set.of("김일성", "김정일", "김정은", "김여정", "리설주", "김영철",
        "김영남", "최룡해", "박봉주", "리선권", "최선희", "현송월", "리영호", "김창선", "조용원", "신동혁", "김혜숙",
        "강철환", "안명철", "정광일", "박연미", "이현서", "지성호", "태영호", "김영순", "이순옥", "송한나", "김성민",
        "허광일", "박상학", "최성룡", "한송미");

    private FictionalNames() {
    }

    static String surname(Random random) {
        int total = 0;
        for (int weight : WEIGHTS) {
            total += weight;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < SURNAMES.length; i++) {
            pick -= WEIGHTS[i];
            if (pick < 0) {
                return SURNAMES[i];
            }
        }
        return SURNAMES[0];
    }

    /** A given name in its North Korean form (룡, 련, 녀 keep their initial ㄹ/ㄴ). */
    static String given(Random random, boolean female) {
        String[] second = female ? FEMALE : MALE;
        String first = FIRST[random.nextInt(FIRST.length)];
        String last = second[random.nextInt(second.length)];
        return first.equals(last) ? first + second[(random.nextInt(second.length - 1) + 1) % second.length] : first + last;
    }

    static boolean isPublicFigure(String surname, String given) {
        return PUBLIC_FIGURES.contains(surname + given) || PUBLIC_FIGURES.contains(surname + southern(given));
    }

    private static String southern(String given) {
        return given.replace("룡", "용").replace("련", "연").replace("녀", "여").replace("리", "이");
    }

    static List<String> surnames() {
        return List.of(SURNAMES);
    }
}
