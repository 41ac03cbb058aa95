package org.kirok.search.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;
import org.kirok.engine.name.KoreanNameRenderer;
import org.kirok.engine.name.Surname;
import org.kirok.engine.name.Surnames;
import org.kirok.search.index.Access;
import org.kirok.search.index.Blinder;
import org.kirok.search.index.DateSpan;
import org.kirok.search.index.NameHashes;
import org.kirok.search.index.SearchDocument;
import org.kirok.store.Confidentiality;

/**
 * The benchmark's fictional documents, each generated from the seed and its number alone (so any document can be
 * generated again, e.g. to cut a snippet from its transcript): per hundred, 60 acts, 10 testimonies (80 % in
 * Korean, 1–3 KB), 28 persons with one to three renderings of a Korean name, and 2 places. Thread-safe.
 */
final class BenchCorpus {
    static final String[] GIVEN_SYLLABLES = {"영", "철", "수", "명", "순", "희", "정", "남", "혁", "동", "성", "호", "경",
        "옥", "미", "광", "일", "혜", "은", "주", "룡", "복", "금", "향", "진", "석"};
    static final String[] KOREAN_SENTENCES = {
        "%d년에 %s 근처에서 강을 건너 중국으로 갔습니다. ", "중국에서 공안에게 붙잡혀 강제북송되었습니다. ",
        "보위부 구류장에서 조사를 받으며 맞았습니다. ", "%s 집결소에서는 배가 고파 풀을 뜯어 먹으며 일했습니다. ",
        "재판은 몇 분 만에 끝났고 교화소에서 노동을 했습니다. ", "가족이 보위부에 불려가 조사를 받았다고 들었습니다. ",
        "함께 있던 사람이 병이 들었는데 치료를 받지 못하고 숨졌습니다. ", "정치범수용소로 보내질까 두려웠습니다. ",
        "로동단련대에서 %d개월 동안 일했습니다. ", "남조선 드라마를 본 것이 들켜 끌려갔습니다. ",
        "그곳 사람들은 공개처형을 보도록 동원되었습니다. ", "%s 안전부에서 며칠 동안 갇혀 있었습니다. "};
    static final String[] ENGLISH_SENTENCES = {
        "In %d I crossed the river near %s into China. ", "I was arrested by the Chinese police and repatriated. ",
        "At the state security detention centre in %s I was interrogated and beaten. ",
        "In the holding centre we were starved and forced to work. ", "The trial lasted a few minutes. ",
        "My family was questioned about my escape. ", "A woman held with me fell ill and died without treatment. ",
        "We were made to watch a public execution. "};

    private final long seed;
    private final BenchWorld world;
    private final Blinder blinder;
    private final long documents;
    private final List<Surname> surnames = Surnames.standard().all().stream()
            .sorted((a, b) -> Long.compare(b.bearers(), a.bearers())).limit(40).toList();

    BenchCorpus(long seed, BenchWorld world, Blinder blinder, long documents) {
        this.seed = seed;
        this.world = world;
        this.blinder = blinder;
        this.documents = documents;
    }

    UUID id(long number) {
        return new UUID(seed, number);
    }

    static long number(UUID id) {
        return id.getLeastSignificantBits();
    }

    static boolean isTestimony(long number) {
        long kind = number % 100;
        return kind >= 60 && kind < 70;
    }

    SplittableRandom random(long number) {
        return new SplittableRandom(seed * 1_000_003L + number);
    }

    SearchDocument document(long number) {
        long kind = number % 100;
        if (kind < 60) {
            return act(number);
        }
        if (kind < 70) {
            return testimony(number);
        }
        if (kind < 98) {
            return person(number);
        }
        return place(number);
    }

    long persons() {
        return documents / 100 * 28 + Math.max(0, Math.min(28, documents % 100 - 70));
    }

    /** The number of the k-th person document. */
    static long personNumber(long k) {
        return k / 28 * 100 + 70 + k % 28;
    }

    /** A person's name in Hangul: surname (South form) and given name (North form), from its number alone. */
    String[] name(long number) {
        SplittableRandom random = random(number ^ 0x5eed);
        Surname surname = surnames.get(Math.min(surnames.size() - 1, (int) Math.abs(random.nextGaussian() * 10)));
        String given = GIVEN_SYLLABLES[random.nextInt(GIVEN_SYLLABLES.length)]
                + GIVEN_SYLLABLES[random.nextInt(GIVEN_SYLLABLES.length)];
        return new String[] {surname.hangul(), given};
    }

    private SearchDocument person(long number) {
        SplittableRandom random = random(number);
        String[] name = name(number);
        List<String> renderings = new ArrayList<>();
        for (int i = 0; i <= random.nextInt(3); i++) {
            renderings.add(KoreanNameRenderer.render(name[0], name[1], KoreanNameRenderer.Style.random(random), random));
        }
        BenchWorld.Place origin = world.counties.get(random.nextInt(world.counties.size()));
        String code = "P-" + Long.toHexString(number).toUpperCase(java.util.Locale.ROOT);
        SearchDocument.Builder document = SearchDocument.builder("person", id(number), access(random))
                .title("en", code).title("ko", code).code(code).names(NameHashes.of(renderings, blinder))
                .summary("en", (random.nextBoolean() ? "Female" : "Male") + " · " + (1940 + random.nextInt(70))
                        + " · " + origin.name())
                .subject(id(number));
        return located(document, origin).build();
    }

    private SearchDocument act(long number) {
        SplittableRandom random = random(number);
        String[] type = BenchWorld.ACT_TYPES[random.nextInt(BenchWorld.ACT_TYPES.length)];
        BenchWorld.Place place = random.nextInt(3) == 0 ? world.facilities.get(random.nextInt(world.facilities.size()))
                : world.counties.get(random.nextInt(world.counties.size()));
        LocalDate start = LocalDate.of(1995 + random.nextInt(31), 1 + random.nextInt(12), 1 + random.nextInt(28));
        LocalDate end = random.nextInt(4) == 0 ? start.plusMonths(random.nextInt(36)) : start;
        long victim = personNumber(random.nextLong(Math.max(1, persons())));
        String code = "A-" + Long.toString(number, 36).toUpperCase(java.util.Locale.ROOT);
        SearchDocument.Builder document = SearchDocument.builder("act", id(number), access(random))
                .title("en", code + " · " + type[1]).title("ko", code + " · " + type[2]).code(code)
                .summary("en", type[1] + " · " + start + " · " + String.join(", ", place.pathNames().reversed()))
                .text(type[1]).text(type[2]).facet("act_type", type[0]).date(Optional.of(new DateSpan(Optional.of(start),
                        Optional.of(end))))
                .subject(victim < documents ? id(victim) : null).relatedPerson(victim < documents ? id(victim) : null)
                .facet("source_org", world.ngos.get(random.nextInt(world.ngos.size())).toString());
        for (int i = 0; i <= random.nextInt(2); i++) {
            int perpetrator = random.nextInt(BenchWorld.PERPETRATORS.length);
            document.facet("perpetrator", world.perpetrators.get(perpetrator).toString())
                    .text(BenchWorld.PERPETRATORS[perpetrator][0]).text(BenchWorld.PERPETRATORS[perpetrator][1])
                    .text(BenchWorld.PERPETRATORS[perpetrator][2]);
        }
        return located(document, place).build();
    }

    private SearchDocument testimony(long number) {
        SplittableRandom random = random(number);
        BenchWorld.Place place = world.counties.get(random.nextInt(world.counties.size()));
        LocalDate date = LocalDate.of(2005 + random.nextInt(21), 1 + random.nextInt(12), 1 + random.nextInt(28));
        long interviewee = personNumber(random.nextLong(Math.max(1, persons())));
        String reference = "T-" + date.getYear() + "-" + number;
        SearchDocument.Builder document = SearchDocument.builder("testimony", id(number), access(random))
                .title("en", reference + " · Interview").title("ko", reference + " · 면담").code(reference)
                .summary("en", date + " · " + place.name()).protectedText(transcript(number))
                .relatedPerson(interviewee < documents ? id(interviewee) : null)
                .subject(interviewee < documents ? id(interviewee) : null)
                .date(Optional.of(DateSpan.on(date))).facet("source_org", world.ngos.get(random.nextInt(6)).toString());
        return located(document, place).build();
    }

    /** The transcript of a testimony, generated again from its number. */
    String transcript(long number) {
        SplittableRandom random = random(number ^ 0x7ea5);
        boolean korean = random.nextInt(5) > 0;
        String[] sentences = korean ? KOREAN_SENTENCES : ENGLISH_SENTENCES;
        int length = 1_000 + random.nextInt(2_000);
        StringBuilder text = new StringBuilder(length + 200);
        while (text.length() * (korean ? 3 : 1) < length) {
            String sentence = sentences[random.nextInt(sentences.length)];
            BenchWorld.Place place = world.counties.get(random.nextInt(world.counties.size()));
            text.append(sentence.contains("%d") && sentence.contains("%s")
                    ? String.format(sentence, 1995 + random.nextInt(30), place.name())
                    : sentence.contains("%d") ? String.format(sentence, 1 + random.nextInt(24))
                    : sentence.contains("%s") ? String.format(sentence, place.name()) : sentence);
        }
        return text.toString();
    }

    private SearchDocument place(long number) {
        List<BenchWorld.Place> places = world.allPlaces();
        BenchWorld.Place place = places.get((int) ((number / 100 * 2 + number % 100 - 98) % places.size()));
        SearchDocument.Builder document = SearchDocument.builder("place", id(number), Access.PUBLIC_REFERENCE)
                .title("en", place.name()).summary("en", String.join(", ", place.pathNames().reversed()))
                .text(place.name()).placeKey(place.key()).facet("place", place.idPath());
        place.variant().ifPresent(document::text);
        place.variantKey().ifPresent(document::placeKey);
        place.facilityType().ifPresent(type -> document.facet("facility_type", type));
        return document.build();
    }

    private static SearchDocument.Builder located(SearchDocument.Builder document, BenchWorld.Place place) {
        place.pathNames().forEach(document::text);
        place.pathKeys().forEach(document::placeKey);
        place.facilityType().ifPresent(type -> document.facet("facility_type", type));
        return document.facet("place", place.idPath());
    }

    private Access access(SplittableRandom random) {
        int draw = random.nextInt(10);
        Confidentiality confidentiality = draw < 2 ? Confidentiality.PUBLIC : draw < 8 ? Confidentiality.INTERNAL
                : Confidentiality.RESTRICTED;
        return new Access(random.nextInt(5) == 0 ? Optional.empty()
                : Optional.of(world.ngos.get(random.nextInt(world.ngos.size()))), confidentiality);
    }
}
