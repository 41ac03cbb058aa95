package org.kirok.engine.linkage;

import java.util.List;

/**
 * The linkage settings for person mentions with the columns {@code name, birth_year, sex, place}:
 * what {@code kirok link persons} runs. Names and places in any script, system and order.
 */
public final class PersonLinkage {
    public static final List<String> COLUMNS = List.of("name", "birth_year", "sex", "place");

    private PersonLinkage() {
    }

    public static LinkageSettings settings(Gazetteer gazetteer, double threshold) {
        List<Comparison> comparisons = List.of(
                new NameComparison("surname", "name", NameComparison.Part.SURNAME, true),
                new NameComparison("given_name", "name", NameComparison.Part.GIVEN, true),
                new YearComparison("birth_year", "birth_year", List.of(1, 2, 4), false),
                new ExactComparison("sex", "sex", false),
                new PlaceComparison("place", "place", gazetteer, 15, 60, true));
        BlockingRule.KeyPart name = BlockingRule.KeyPart.of("name", KeyTransform.NAME);
        BlockingRule.KeyPart surname = BlockingRule.KeyPart.of("name", KeyTransform.SURNAME);
        BlockingRule.KeyPart given = BlockingRule.KeyPart.of("name", KeyTransform.GIVEN);
        BlockingRule.KeyPart skeleton = BlockingRule.KeyPart.of("name", KeyTransform.GIVEN_SKELETON);
        BlockingRule.KeyPart corrected = BlockingRule.KeyPart.of("name", KeyTransform.GIVEN_CORRECTED);
        BlockingRule.KeyPart repaired = BlockingRule.KeyPart.of("name", KeyTransform.GIVEN_REPAIRED);
        BlockingRule.KeyPart head = BlockingRule.KeyPart.of("name", KeyTransform.GIVEN_HEAD);
        BlockingRule.KeyPart tail = BlockingRule.KeyPart.of("name", KeyTransform.GIVEN_TAIL);
        BlockingRule.KeyPart year = BlockingRule.KeyPart.of("birth_year", KeyTransform.YEAR);
        BlockingRule.KeyPart place = BlockingRule.KeyPart.of("place", KeyTransform.PLACE);
        List<BlockingRule> rules = List.of(
                new BlockingRule("name", List.of(name)),
                new BlockingRule("surname+skeleton+year", List.of(surname, skeleton, year)),
                new BlockingRule("given+year", List.of(given, year)),
                new BlockingRule("surname+skeleton+place", List.of(surname, skeleton, place)),
                new BlockingRule("given+place", List.of(given, place)),
                BlockingRule.widening("surname+head+year", List.of(surname, head, year)),
                BlockingRule.widening("surname+tail+year", List.of(surname, tail, year)),
                BlockingRule.widening("surname+head+place", List.of(surname, head, place)),
                BlockingRule.widening("surname+tail+place", List.of(surname, tail, place)),
                BlockingRule.widening("surname+corrected", List.of(surname, corrected)),
                BlockingRule.widening("surname+repaired", List.of(surname, repaired)));
        // Every rule blocks on the name, so names' m is learnt on sampled pairs sharing birth year and
        // place. (Birth year and sex, a second such rule until Nov 2026, is too loose on large tables:
        // at 215,000 mentions one pair in a thousand of its blocks is a match, and EM then took pairs
        // agreeing on surname and sex for matches with different given names: m 0.20 where it is 0.01.)
        List<BlockingRule> training = List.of(
                new BlockingRule("year+place", List.of(year, place)));
        return LinkageSettings.of(comparisons, rules, threshold).withTrainingRules(training);
    }
}
