package org.kirok.engine.name;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Writes a Korean name the many ways witnesses, NGOs and states write it: Hangul in South or North
 * forms, Revised Romanization, McCune–Reischauer with or without diacritics, KCNA's DPRK style,
 * popular passport spellings; surname first or last ("Surname, Given" too); given name joined,
 * hyphenated or spaced; any case. Used by the mention generator and by the tests that check that
 * every rendering keys like its Hangul. Thread-safe, stateless.
 */
public final class KoreanNameRenderer {
    /** The script or system one rendering is written in. */
    public enum Writing { HANGUL_SOUTH, HANGUL_NORTH, REVISED, MCCUNE_REISCHAUER, MCCUNE_REISCHAUER_ASCII, DPRK, POPULAR }

    /** Where the surname goes. */
    public enum Order { SURNAME_FIRST, SURNAME_LAST, SURNAME_COMMA_GIVEN }

    /** Letter case of a romanized rendering. */
    public enum Casing { TITLE, SURNAME_CAPITALS, UPPER, LOWER }

    /** One way of writing a name. */
    public record Style(Writing writing, Order order, Romanizer.Joining joining, Casing casing) {
        public Style {
            Objects.requireNonNull(writing, "writing");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(joining, "joining");
            Objects.requireNonNull(casing, "casing");
        }

        /**
         * A random style among the ones people write. Spaced syllables come with the surname first
         * (DPRK style) unless the surname is marked by capitals or a comma: "Yong Chol Kim" is
         * genuinely ambiguous and no key can promise to read it right.
         */
        public static Style random(RandomGenerator random) {
            Writing writing = Writing.values()[random.nextInt(Writing.values().length)];
            Order order = Order.values()[random.nextInt(Order.values().length)];
            Romanizer.Joining joining = writing == Writing.DPRK && random.nextInt(4) > 0
                    ? Romanizer.Joining.SPACED
                    : Romanizer.Joining.values()[random.nextInt(Romanizer.Joining.values().length)];
            Casing casing = Casing.values()[random.nextInt(Casing.values().length)];
            if (joining == Romanizer.Joining.SPACED && order == Order.SURNAME_LAST && casing != Casing.SURNAME_CAPITALS) {
                order = Order.SURNAME_FIRST;
            }
            return new Style(writing, order, joining, casing);
        }
    }

    private KoreanNameRenderer() {
    }

    /**
     * Renders a name given in Hangul. {@code surname} is the South Korean form (김, 이); {@code given}
     * is written as the North writes it (룡철, not 용철): the South form is derived by the initial
     * sound law. {@code random} picks among popular spellings.
     */
    public static String render(String surname, String given, Style style, RandomGenerator random) {
        Surname known = Surnames.standard().byHangul(surname).orElse(null);
        boolean north = style.writing() == Writing.HANGUL_NORTH || style.writing() == Writing.DPRK;
        String surnameHangul = north && known != null ? known.northHangul().orElse(surname) : surname;
        String givenHangul = north ? given : InitialSoundLaw.southernWord(given);
        if (style.writing() == Writing.HANGUL_SOUTH || style.writing() == Writing.HANGUL_NORTH) {
            boolean spaced = style.joining() == Romanizer.Joining.SPACED;
            return switch (style.order()) {
                case SURNAME_FIRST -> surnameHangul + (spaced ? " " : "") + givenHangul;
                case SURNAME_LAST -> givenHangul + " " + surnameHangul;
                case SURNAME_COMMA_GIVEN -> surnameHangul + ", " + givenHangul;
            };
        }
        String surnameLatin = capitalize(surnameLatin(surnameHangul, known, style.writing(), random));
        String givenLatin = givenLatin(givenHangul, style, random);
        if (style.casing() == Casing.SURNAME_CAPITALS || style.casing() == Casing.UPPER) {
            surnameLatin = surnameLatin.toUpperCase(Locale.ROOT);
        }
        if (style.casing() == Casing.UPPER) {
            givenLatin = givenLatin.toUpperCase(Locale.ROOT);
        }
        Order order = style.order();
        if (order == Order.SURNAME_LAST && style.joining() == Romanizer.Joining.SPACED && surnameLatin.length() < 2) {
            order = Order.SURNAME_FIRST; // "Yong Ok O": a one-letter surname cannot carry the capitals cue
        }
        String name = switch (order) {
            case SURNAME_FIRST -> surnameLatin + " " + givenLatin;
            case SURNAME_LAST -> givenLatin + " " + surnameLatin;
            case SURNAME_COMMA_GIVEN -> surnameLatin + ", " + givenLatin;
        };
        return style.casing() == Casing.LOWER ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String surnameLatin(String hangul, Surname known, Writing writing, RandomGenerator random) {
        return switch (writing) {
            case REVISED -> Romanizer.romanize(hangul, RomanizationSystem.REVISED, Romanizer.Joining.JOINED);
            case MCCUNE_REISCHAUER -> Romanizer.romanize(hangul, RomanizationSystem.MCCUNE_REISCHAUER, Romanizer.Joining.JOINED);
            case MCCUNE_REISCHAUER_ASCII -> Romanizer.withoutDiacritics(
                    Romanizer.romanize(hangul, RomanizationSystem.MCCUNE_REISCHAUER, Romanizer.Joining.JOINED));
            case DPRK -> Romanizer.withoutDiacritics(
                    Romanizer.romanize(hangul, RomanizationSystem.DPRK, Romanizer.Joining.JOINED));
            default -> {
                if (known == null) {
                    yield Romanizer.revised(hangul);
                }
                // only spellings that read back as this surname: "Pang" is 방's even if 팽 is written so too
                List<String> spellings = known.spellings().stream()
                        .filter(s -> Surnames.standard().bySpelling(s).filter(known::equals).isPresent())
                        .toList();
                if (spellings.isEmpty()) {
                    yield Romanizer.revised(hangul);
                }
                // the first listed spellings are the usual ones: prefer them
                int bound = random.nextInt(3) == 0 ? spellings.size() : Math.min(3, spellings.size());
                yield spellings.get(random.nextInt(bound));
            }
        };
    }

    private static String givenLatin(String hangul, Style style, RandomGenerator random) {
        if (style.writing() == Writing.POPULAR) {
            List<String> syllables = new ArrayList<>();
            for (int i = 0; i < hangul.length(); i++) {
                boolean vowelNext = i + 1 < hangul.length() && Hangul.initial(hangul.charAt(i + 1)) == 11;
                syllables.add(PopularRomanizer.syllable(hangul.charAt(i), i == 0, vowelNext, random));
            }
            return join(syllables, style.joining());
        }
        RomanizationSystem system = switch (style.writing()) {
            case REVISED -> RomanizationSystem.REVISED;
            case DPRK -> RomanizationSystem.DPRK;
            default -> RomanizationSystem.MCCUNE_REISCHAUER;
        };
        String romanized = Romanizer.romanize(hangul, system, style.joining());
        if (style.writing() != Writing.MCCUNE_REISCHAUER) {
            romanized = Romanizer.withoutDiacritics(romanized);
        }
        return style.joining() == Romanizer.Joining.SPACED ? Romanizer.capitalizeWords(romanized) : capitalize(romanized);
    }

    private static String join(List<String> syllables, Romanizer.Joining joining) {
        return switch (joining) {
            case JOINED -> capitalize(String.join("", syllables));
            case HYPHENATED -> capitalize(String.join("-", syllables));
            case SPACED -> Romanizer.capitalizeWords(String.join(" ", syllables));
        };
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
