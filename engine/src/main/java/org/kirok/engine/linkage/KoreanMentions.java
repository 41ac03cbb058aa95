package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.kirok.engine.name.Hangul;
import org.kirok.engine.name.InitialSoundLaw;
import org.kirok.engine.name.KoreanNameRenderer;
import org.kirok.engine.name.RomanizationSystem;
import org.kirok.engine.name.Romanizer;
import org.kirok.engine.name.Surname;
import org.kirok.engine.name.Surnames;

/**
 * A seeded generator of fictional Korean person mentions with known truth: our Korean linkage
 * benchmark, since no public one exists. About 2.15 mentions per person (geometric). Noise as
 * testimonies and NGO lists show it: Hangul in South or North forms, Revised / McCune–Reischauer /
 * DPRK / popular romanizations, either name order, joined/hyphenated/spaced given names, case;
 * typos (a jamo in Hangul, a letter in Latin); birth years missing or off by 1–2; sex missing;
 * hometowns missing, in any script, with or without 시/-si/City, or a neighbouring town; and
 * namesakes — common names drawn often, and some persons given another person's exact name.
 * The same seed and size always give the same mentions. Thread-safe, stateless.
 */
public final class KoreanMentions {
    /** One generated mention; {@code person} is the truth. */
    public record Mention(String id, String name, String birthYear, String sex, String place, String person) {
    }

    /** Given-name syllables, roughly by how often they occur, in North (etymological) forms. */
    private static final String SYLLABLES = "영철성수민정진호현준혁희숙순자옥미경은지연선남일광명춘복금룡련림란학국동석상혜향주원우서하윤태재기훈환길만봉심애화월렬락례녀송강산"
            + "용승창범식택규병찬완근대용덕천무삼시설분녕실매란단려소보귀인의충효예혁세도봉웅필팔칠충형협익권순";
    /** Zipf-like skew of syllable choice: index = length × x^SKEW for uniform x. */
    private static final double SKEW = 1.6;
    /** Towns of the DPRK in North forms, with a province number so that neighbours can be drawn. */
    private static final String[][] TOWNS = {
        {"회령", "1"}, {"무산", "1"}, {"청진", "1"}, {"온성", "1"}, {"김책", "1"}, {"길주", "1"}, {"경성", "1"}, {"부령", "1"},
        {"경원", "1"}, {"나남", "1"}, {"아오지", "1"}, {"혜산", "2"}, {"갑산", "2"}, {"삼지연", "2"}, {"신의주", "3"},
        {"정주", "3"}, {"의주", "3"}, {"영변", "3"}, {"평양", "4"}, {"함흥", "5"}, {"흥남", "5"}, {"단천", "5"},
        {"원산", "6"}, {"개성", "7"}, {"사리원", "7"}, {"송림", "7"}, {"해주", "8"}, {"남포", "9"}, {"평성", "9"},
        {"순천", "9"}, {"덕천", "9"}, {"안주", "9"}, {"강계", "10"}, {"만포", "10"}, {"라선", "11"},
    };
    private static final double MEAN_MENTIONS = 2.15;

    private KoreanMentions() {
    }

    /** Generates {@code mentions} mentions and hands each to {@code sink}, in order. */
    public static void generate(int mentions, long seed, Consumer<Mention> sink) {
        if (mentions < 0) {
            throw new IllegalArgumentException("mentions must not be negative: " + mentions);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<Surname> surnames = Surnames.standard().all();
        double[] cumulative = cumulativeBearers(surnames);
        List<String> earlierNames = new ArrayList<>();
        int produced = 0;
        int person = 0;
        while (produced < mentions) {
            String surname;
            String given;
            if (!earlierNames.isEmpty() && random.nextInt(20) == 0) {
                String namesake = earlierNames.get(random.nextInt(earlierNames.size()));
                int split = namesake.indexOf('|');
                surname = namesake.substring(0, split);
                given = namesake.substring(split + 1);
            } else {
                surname = surnames.get(pick(cumulative, random.nextDouble())).hangul();
                given = givenName(random);
            }
            earlierNames.add(surname + "|" + given);
            int birthYear = 1930 + random.nextInt(76);
            String sex = random.nextBoolean() ? "M" : "F";
            int town = random.nextInt(TOWNS.length);
            int count = 1;
            while (random.nextDouble() > 1 / MEAN_MENTIONS) {
                count++;
            }
            String personId = "P" + person++;
            for (int m = 0; m < count && produced < mentions; m++) {
                sink.accept(new Mention("M" + produced, name(surname, given, random), year(birthYear, random),
                        random.nextInt(10) == 0 ? "" : sex, place(town, random), personId));
                produced++;
            }
        }
    }

    /** All mentions in a list. */
    public static List<Mention> generate(int mentions, long seed) {
        List<Mention> all = new ArrayList<>(mentions);
        generate(mentions, seed, all::add);
        return all;
    }

    private static double[] cumulativeBearers(List<Surname> surnames) {
        double[] cumulative = new double[surnames.size()];
        double total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += surnames.get(i).bearers();
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double x) {
        int index = java.util.Arrays.binarySearch(cumulative, x);
        return Math.min(cumulative.length - 1, index >= 0 ? index : -index - 1);
    }

    /**
     * Two syllables (one in ten names: one), earlier syllables of the list far more likely
     * (Zipf-like): about a third of persons then share their name with another person in a set of
     * 10,000, as namesakes abound among Korean names.
     */
    private static String givenName(SplittableRandom random) {
        int length = random.nextInt(10) == 0 ? 1 : 2;
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < length; i++) {
            double x = random.nextDouble();
            given.append(SYLLABLES.charAt((int) (SYLLABLES.length() * Math.pow(x, SKEW))));
        }
        return given.toString();
    }

    private static String name(String surname, String given, SplittableRandom random) {
        KoreanNameRenderer.Style style = KoreanNameRenderer.Style.random(random);
        String rendered = KoreanNameRenderer.render(surname, given, style, random);
        return random.nextInt(12) == 0 ? typo(rendered, random) : rendered;
    }

    /** One slip: in Hangul a vowel of the last syllable changes, in Latin one letter is dropped, doubled or swapped. */
    private static String typo(String name, SplittableRandom random) {
        int last = name.length() - 1;
        if (last < 2) {
            return name;
        }
        char end = name.charAt(last);
        if (Hangul.isSyllable(end)) {
            char changed = Hangul.compose(Hangul.initial(end), random.nextInt(21), Hangul.coda(end));
            return name.substring(0, last) + changed;
        }
        int at = 1 + random.nextInt(last);
        if (!Character.isLetter(name.charAt(at)) || !Character.isLetter(name.charAt(at - 1))) {
            return name;
        }
        return switch (random.nextInt(3)) {
            case 0 -> name.substring(0, at) + name.substring(at + 1);
            case 1 -> name.substring(0, at) + name.charAt(at) + name.substring(at);
            default -> name.substring(0, at - 1) + name.charAt(at) + name.charAt(at - 1) + name.substring(at + 1);
        };
    }

    private static String year(int birthYear, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return "";
        }
        if (roll < 35) {
            return Integer.toString(birthYear + (random.nextBoolean() ? 1 : -1));
        }
        if (roll < 40) {
            return Integer.toString(birthYear + (random.nextBoolean() ? 2 : -2));
        }
        return Integer.toString(birthYear);
    }

    private static String place(int town, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < 25) {
            return "";
        }
        int chosen = town;
        if (roll < 30) {
            List<Integer> neighbours = new ArrayList<>();
            for (int t = 0; t < TOWNS.length; t++) {
                if (t != town && TOWNS[t][1].equals(TOWNS[town][1])) {
                    neighbours.add(t);
                }
            }
            if (!neighbours.isEmpty()) {
                chosen = neighbours.get(random.nextInt(neighbours.size()));
            }
        }
        String north = TOWNS[chosen][0];
        String south = InitialSoundLaw.southernWord(north);
        return switch (random.nextInt(7)) {
            case 0 -> south;
            case 1 -> north + "시";
            case 2 -> capital(Romanizer.romanize(south, RomanizationSystem.REVISED, Romanizer.Joining.JOINED));
            case 3 -> capital(Romanizer.romanize(north, RomanizationSystem.MCCUNE_REISCHAUER, Romanizer.Joining.JOINED));
            case 4 -> capital(Romanizer.withoutDiacritics(
                    Romanizer.romanize(north, RomanizationSystem.MCCUNE_REISCHAUER, Romanizer.Joining.JOINED))) + "-si";
            case 5 -> Romanizer.withoutDiacritics(
                    Romanizer.romanize(north, RomanizationSystem.DPRK, Romanizer.Joining.JOINED)).toUpperCase(Locale.ROOT);
            default -> capital(Romanizer.withoutDiacritics(
                    Romanizer.romanize(north, RomanizationSystem.MCCUNE_REISCHAUER, Romanizer.Joining.JOINED))) + " City";
        };
    }

    private static String capital(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
