package org.kirok.engine.linkage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;

/**
 * How well any linker could do on {@link KoreanMentions}: the ceiling a linker meets on this
 * generator, measured two ways.
 * <ul>
 *   <li><b>Strict bound</b> ({@link InterchangeableBound}): mentions of one true name with the
 *       same written birth year, sex and town (or the same one missing) are interchangeable.
 *       Provable (up to the ratio-of-expectations step noted there), but loose: it ignores
 *       mentions that are merely compatible with several persons, such as one with no year and
 *       one with a year.</li>
 *   <li><b>Bayes oracle</b> ({@link NamesakeSampler}): the posterior over who is who among the
 *       mentions of one true name, under the generator's own model (uniform birth year, sex and
 *       town; its exact noise; geometric mentions per person; the name's own frequency), sampled by
 *       Gibbs sampling as in Steorts, Hall &amp; Fienberg, "A Bayesian approach to graphical record
 *       linkage and de-duplication", JASA 111(516), 2016. The oracle is told every mention's true
 *       name (so typos and ambiguous romanizations cost it nothing) and the generator's parameters;
 *       pairs are predicted when their posterior probability reaches the threshold that maximizes
 *       the expected F1, without transitivity. It is the best one can expect of any linker that
 *       sees only the mentions, give or take the sampling error and the approximation of the
 *       namesake prior noted in {@link NamesakeSampler}.</li>
 * </ul>
 * Thread-safe, stateless.
 */
public final class KoreanOracle {
    /** Both ceilings; {@code bayesExpected} is the F1 the oracle expects of itself, without the truth. */
    public record Result(PairwiseQuality strict, PairwiseQuality bayes, double bayesThreshold, double bayesExpectedF1,
            int groups, int largestGroup) {
    }

    private KoreanOracle() {
    }

    /** Generates {@code size} mentions with {@code seed} and measures both ceilings. */
    public static Result measure(int size, long seed, int burnIn, int samples) {
        List<KoreanMentions.Mention> mentions = new ArrayList<>(size);
        List<KoreanMentions.Person> persons = new ArrayList<>();
        KoreanMentions.generate(size, seed, mentions::add, persons::add);
        return measure(mentions, persons, seed, burnIn, samples);
    }

    static Result measure(List<KoreanMentions.Mention> mentions, List<KoreanMentions.Person> persons, long seed, int burnIn,
            int samples) {
        String[] truth = mentions.stream().map(KoreanMentions.Mention::person).toArray(String[]::new);
        Map<String, KoreanMentions.Person> byId = new HashMap<>();
        persons.forEach(p -> byId.put(p.id(), p));
        PairwiseQuality strict = InterchangeableBound.best(signatures(mentions, byId), truth);
        Map<String, List<Integer>> groups = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            KoreanMentions.Person person = byId.get(truth[i]);
            groups.computeIfAbsent(person.surname() + "|" + person.given(), k -> new ArrayList<>()).add(i);
        }
        NamesakeSampler.Observations observations = observations(mentions);
        SplittableRandom random = new SplittableRandom(seed);
        List<NamesakeSampler.PairProbabilities> pairs = new ArrayList<>();
        int largest = 0;
        for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
            List<Integer> members = group.getValue();
            largest = Math.max(largest, members.size());
            if (members.size() < 2) {
                continue;
            }
            String[] name = group.getKey().split("\\|", 2);
            double otherBearers = (persons.size() - 1) * KoreanMentions.nameShare(name[0], name[1])
                    + 1.0 / KoreanMentions.NAMESAKE_ONE_IN;
            int[] indexes = members.stream().mapToInt(Integer::intValue).toArray();
            // the chain starts from the truth and forgets it over the burn-in
            Map<String, Integer> labels = new HashMap<>();
            int[] initial = members.stream().mapToInt(i -> labels.computeIfAbsent(truth[i], p -> labels.size())).toArray();
            pairs.add(NamesakeSampler.sample(indexes, observations, otherBearers, initial, random.split(), burnIn, samples));
        }
        return decide(pairs, truth, strict, groups.size(), largest);
    }

    /** The pairs whose probability reaches the threshold that maximizes the expected F1, scored against the truth. */
    private static Result decide(List<NamesakeSampler.PairProbabilities> groups, String[] truth, PairwiseQuality strict,
            int groupCount, int largest) {
        long truePairs = 0;
        Map<String, Long> sizes = new HashMap<>();
        for (String person : truth) {
            sizes.merge(person, 1L, Long::sum);
        }
        for (long size : sizes.values()) {
            truePairs += size * (size - 1) / 2;
        }
        double expectedTruePairs = 0;
        for (NamesakeSampler.PairProbabilities group : groups) {
            for (double p : group.probability()) {
                expectedTruePairs += p;
            }
        }
        double bestExpected = -1;
        double bestThreshold = 0.5;
        PairwiseQuality atBest = null;
        for (int step = 1; step < 100; step++) {
            double threshold = step / 100.0;
            double expectedTp = 0;
            long predicted = 0;
            long tp = 0;
            for (NamesakeSampler.PairProbabilities group : groups) {
                for (int k = 0; k < group.probability().length; k++) {
                    double p = group.probability()[k];
                    if (p >= threshold) {
                        expectedTp += p;
                        predicted++;
                        tp += truth[group.left()[k]].equals(truth[group.right()[k]]) ? 1 : 0;
                    }
                }
            }
            double expectedF1 = 2 * expectedTp / (predicted + expectedTruePairs);
            if (expectedF1 > bestExpected) {
                bestExpected = expectedF1;
                bestThreshold = threshold;
                atBest = new PairwiseQuality(tp, predicted, truePairs);
            }
        }
        return new Result(strict, atBest, bestThreshold, bestExpected, groupCount, largest);
    }

    /** What the sampler reads of each mention: birth year, sex (0, 1) and town, −1 (or MIN_VALUE) when missing. */
    private static NamesakeSampler.Observations observations(List<KoreanMentions.Mention> mentions) {
        int n = mentions.size();
        int[] years = new int[n];
        int[] sexes = new int[n];
        int[] towns = new int[n];
        for (int i = 0; i < n; i++) {
            KoreanMentions.Mention m = mentions.get(i);
            OptionalInt year = YearComparison.parseYear(m.birthYear());
            years[i] = year.isPresent() ? year.getAsInt() : Integer.MIN_VALUE;
            sexes[i] = m.sex().isEmpty() ? -1 : m.sex().equals("M") ? 0 : 1;
            towns[i] = m.place().isEmpty() ? -1 : KoreanMentions.townOf(m.place());
            if (!m.place().isEmpty() && towns[i] < 0) {
                throw new IllegalStateException("mention " + m.id() + ": place not one of the generator's towns");
            }
        }
        return new NamesakeSampler.Observations(years, sexes, towns);
    }

    /**
     * Each mention's strict signature: its person's true name (the spelling shown is drawn afresh
     * for every mention, independently of who the person is, so it tells nothing the true name
     * does not), the birth year as written, the sex and the town named. Two mentions with one
     * signature cannot be told apart by anything a linker sees.
     */
    static int[] signatures(List<KoreanMentions.Mention> mentions, Map<String, KoreanMentions.Person> persons) {
        Map<String, Integer> ids = new HashMap<>();
        int[] signatures = new int[mentions.size()];
        for (int i = 0; i < signatures.length; i++) {
            KoreanMentions.Mention m = mentions.get(i);
            KoreanMentions.Person person = persons.get(m.person());
            String key = person.surname() + "|" + person.given() + "|" + m.birthYear() + "|" + m.sex() + "|"
                    + (m.place().isEmpty() ? -1 : KoreanMentions.townOf(m.place()));
            signatures[i] = ids.computeIfAbsent(key, k -> ids.size());
        }
        return signatures;
    }
}
