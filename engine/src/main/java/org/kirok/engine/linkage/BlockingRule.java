package org.kirok.engine.linkage;

import java.util.List;
import java.util.Objects;

/**
 * A blocking rule: records whose keys are all equal (and not empty) are compared. The candidate
 * pairs are the union over several rules, each pair generated once (the first rule that holds
 * generates it), as in Splink's blocking (moj-analytical-services.github.io/splink, "Blocking
 * rules for prediction").
 *
 * <p>A <em>widening</em> rule only adds candidates — pairs a typo keeps out of every other block —
 * and takes no part in estimating the model: its pairs are scored and clustered, but the match
 * probabilities are learnt, and the share of matches counted, on the pairs of the other rules.
 * Its pairs agree on little by construction (a surname and one syllable of the given name), so
 * counting them would have the estimate of the share of matches follow how loose the rule is.
 * And it keeps only the pairs that each comparison on its columns puts at its top level or the one
 * below: blocking on one syllable of a given name is for names one typo apart, not every name sharing it.
 */
public record BlockingRule(String name, List<KeyPart> parts, boolean widening) {
    /** One part of the key: a column and how its value becomes a key. */
    public record KeyPart(String column, KeyTransform transform, int length) {
        public KeyPart {
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(transform, "transform");
            boolean needsLength = transform == KeyTransform.PREFIX || transform == KeyTransform.JOINED_PREFIX;
            if (needsLength && length < 1) {
                throw new IllegalArgumentException("key part on '" + column + "': " + transform + " needs a length ≥ 1, not " + length);
            }
        }

        public static KeyPart of(String column, KeyTransform transform) {
            return new KeyPart(column, transform, 0);
        }
    }

    public BlockingRule(String name, List<KeyPart> parts) {
        this(name, parts, false);
    }

    /** A rule that adds candidates only; see the class comment. */
    public static BlockingRule widening(String name, List<KeyPart> parts) {
        return new BlockingRule(name, parts, true);
    }

    public BlockingRule {
        Settings.requireName(name, "blocking rule");
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("blocking rule '" + name + "' has no key parts");
        }
    }

    public List<String> columns() {
        return parts.stream().map(KeyPart::column).distinct().toList();
    }

    /** Each given name read as the likeliest one slip away beside its surname ({@link NameNeighbours#correctionsWithinSurname}). */
    private static String[] correctedGivenKeys(Records records, int column) {
        return records.derivedForColumn(column, KeyTransform.GIVEN_CORRECTED.name(),
                () -> NameNeighbours.ofGivenNames(records, column).correctionsWithinSurname(
                        NameNeighbours.surnameKeys(records, column), NameNeighbours.givenKeys(records, column)));
    }

    /** The key of every record, "" where any part is empty. */
    String[] keys(Records records) {
        int n = records.size();
        String[] keys = new String[n];
        int[] columnIndexes = parts.stream().mapToInt(part -> records.requireColumn(part.column())).toArray();
        String[][] derivedKeys = new String[parts.size()][];
        for (int p = 0; p < parts.size(); p++) {
            KeyPart part = parts.get(p);
            if (part.transform() == KeyTransform.GIVEN_CORRECTED) {
                derivedKeys[p] = correctedGivenKeys(records, columnIndexes[p]);
            } else if (part.transform() == KeyTransform.GIVEN_REPAIRED) {
                derivedKeys[p] = GivenRepairs.of(records, columnIndexes[p]);
            } else if (part.transform().fromName()) {
                var names = NameComparison.parsedNames(records, columnIndexes[p]);
                derivedKeys[p] = records.derivedAt(columnIndexes[p], part.transform().name(), String[]::new,
                        i -> part.transform().applyToName(names[i]));
            } else {
                derivedKeys[p] = records.derived(columnIndexes[p], part.transform() + "/" + part.length(), String[]::new,
                        value -> part.transform().apply(value, part.length()));
            }
        }
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < n; i++) {
            key.setLength(0);
            boolean complete = true;
            for (int p = 0; p < parts.size() && complete; p++) {
                KeyPart part = parts.get(p);
                String value = derivedKeys[p][i];
                complete = !value.isEmpty();
                key.append(value).append('\u001f');
            }
            keys[i] = complete ? key.toString() : "";
        }
        return keys;
    }
}
