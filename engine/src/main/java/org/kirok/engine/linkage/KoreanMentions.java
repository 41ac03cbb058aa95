package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.kirok.engine.name.Hangul;
import org.kirok.engine.name.InitialSoundLaw;
import org.kirok.engine.name.KoreanNameRenderer;
import org.kirok.engine.name.PlaceKeys;
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

    /**
     * The truth about one generated person, what each of their mentions was rendered from: surname
     * in Hangul (South form), given name in Hangul (North form), birth year, sex, hometown (an index
     * into the generator's towns). For oracles that measure how far the observations allow linkage.
     */
    public record Person(String id, String surname, String given, int birthYear, String sex, int town) {
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
    static final double MEAN_MENTIONS = 2.15;
    /** One person in this many takes an earlier person's exact name. */
    static final int NAMESAKE_ONE_IN = 20;
    static final int FIRST_BIRTH_YEAR = 1930;
    static final int BIRTH_YEARS = 76;
    /** Percent of mentions whose birth year is missing, off by one, off by two. */
    static final int YEAR_MISSING = 20;
    static final int YEAR_OFF_BY_ONE = 15;
    static final int YEAR_OFF_BY_TWO = 5;
    /** One mention in this many has no sex. */
    static final int SEX_MISSING_ONE_IN = 10;
    /** Percent of mentions with no place, and with a town of the same province instead of the hometown. */
    static final int PLACE_MISSING = 25;
    static final int PLACE_NEIGHBOUR = 5;

    private KoreanMentions() {
    }

    /** Generates {@code mentions} mentions and hands each to {@code sink}, in order. */
    public static void generate(int mentions, long seed, Consumer<Mention> sink) {
        generate(mentions, seed, sink, person -> { });
    }

    /**
     * Generates as {@link #generate(int, long, Consumer)} — the same mentions for the same seed —
     * and hands each person's truth to {@code persons} before their mentions.
     */
    public static void generate(int mentions, long seed, Consumer<Mention> sink, Consumer<Person> persons) {
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
            if (!earlierNames.isEmpty() && random.nextInt(NAMESAKE_ONE_IN) == 0) {
                String namesake = earlierNames.get(random.nextInt(earlierNames.size()));
                int split = namesake.indexOf('|');
                surname = namesake.substring(0, split);
                given = namesake.substring(split + 1);
            } else {
                surname = surnames.get(pick(cumulative, random.nextDouble())).hangul();
                given = givenName(random);
            }
            earlierNames.add(surname + "|" + given);
            int birthYear = FIRST_BIRTH_YEAR + random.nextInt(BIRTH_YEARS);
            String sex = random.nextBoolean() ? "M" : "F";
            int town = random.nextInt(TOWNS.length);
            int count = 1;
            while (random.nextDouble() > 1 / MEAN_MENTIONS) {
                count++;
            }
            String personId = "P" + person++;
            persons.accept(new Person(personId, surname, given, birthYear, sex, town));
            for (int m = 0; m < count && produced < mentions; m++) {
                sink.accept(new Mention("M" + produced, name(surname, given, random), year(birthYear, random),
                        random.nextInt(SEX_MISSING_ONE_IN) == 0 ? "" : sex, place(town, random), personId));
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

    /**
     * How likely a freshly drawn (not copied) person is to bear this name: the surname's share of
     * bearers times the given name's chance under {@link #givenName}. What an oracle takes as prior.
     */
    static double nameShare(String surname, String given) {
        List<Surname> surnames = Surnames.standard().all();
        double total = surnames.stream().mapToDouble(Surname::bearers).sum();
        double surnameShare = surnames.stream().filter(s -> s.hangul().equals(surname)).mapToDouble(Surname::bearers).sum() / total;
        double givenShare = given.length() == 1 ? 0.1 : given.length() == 2 ? 0.9 : 0;
        for (int i = 0; i < given.length(); i++) {
            givenShare *= syllableShare(given.charAt(i));
        }
        return surnameShare * givenShare;
    }

    /** The distinct syllables given names are drawn from. */
    static java.util.Set<Character> givenSyllables() {
        java.util.Set<Character> syllables = new java.util.TreeSet<>();
        SYLLABLES.chars().forEach(c -> syllables.add((char) c));
        return syllables;
    }

    /** P(floor(L·x^SKEW) = i) for uniform x, summed over the positions where the syllable is listed. */
    private static double syllableShare(char syllable) {
        double share = 0;
        int length = SYLLABLES.length();
        for (int i = 0; i < length; i++) {
            if (SYLLABLES.charAt(i) == syllable) {
                share += Math.pow((i + 1.0) / length, 1 / SKEW) - Math.pow((double) i / length, 1 / SKEW);
            }
        }
        return share;
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
        if (roll < YEAR_MISSING) {
            return "";
        }
        if (roll < YEAR_MISSING + YEAR_OFF_BY_ONE) {
            return Integer.toString(birthYear + (random.nextBoolean() ? 1 : -1));
        }
        if (roll < YEAR_MISSING + YEAR_OFF_BY_ONE + YEAR_OFF_BY_TWO) {
            return Integer.toString(birthYear + (random.nextBoolean() ? 2 : -2));
        }
        return Integer.toString(birthYear);
    }

    private static String place(int town, SplittableRandom random) {
        int roll = random.nextInt(100);
        if (roll < PLACE_MISSING) {
            return "";
        }
        int chosen = town;
        if (roll < PLACE_MISSING + PLACE_NEIGHBOUR) {
            List<Integer> neighbours = neighbours(town);
            if (!neighbours.isEmpty()) {
                chosen = neighbours.get(random.nextInt(neighbours.size()));
            }
        }
        return renderPlace(chosen, random.nextInt(7));
    }

    /** The other towns of a town's province. */
    static List<Integer> neighbours(int town) {
        List<Integer> neighbours = new ArrayList<>();
        for (int t = 0; t < TOWNS.length; t++) {
            if (t != town && TOWNS[t][1].equals(TOWNS[town][1])) {
                neighbours.add(t);
            }
        }
        return neighbours;
    }

    static int towns() {
        return TOWNS.length;
    }

    /** The town a generated place string names (by its {@link PlaceKeys} key), or -1 when empty or unknown. */
    static int townOf(String place) {
        return TOWN_BY_KEY.getOrDefault(PlaceKeys.canonical(place), -1);
    }

    private static final java.util.Map<String, Integer> TOWN_BY_KEY = townsByKey();

    private static java.util.Map<String, Integer> townsByKey() {
        java.util.Map<String, Integer> byKey = new java.util.HashMap<>();
        for (int t = 0; t < TOWNS.length; t++) {
            for (int style = 0; style < 7; style++) {
                Integer earlier = byKey.put(PlaceKeys.canonical(renderPlace(t, style)), t);
                if (earlier != null && earlier != t) {
                    throw new IllegalStateException("two towns share a key: " + TOWNS[t][0] + ", " + TOWNS[earlier][0]);
                }
            }
        }
        return java.util.Map.copyOf(byKey);
    }

    private static String renderPlace(int chosen, int style) {
        String north = TOWNS[chosen][0];
        String south = InitialSoundLaw.southernWord(north);
        return switch (style) {
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
