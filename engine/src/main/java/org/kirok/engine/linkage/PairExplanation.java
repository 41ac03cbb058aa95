package org.kirok.engine.linkage;

import java.util.List;
import java.util.Objects;

/**
 * Why a pair scored as it did: the prior and, field by field, the level reached and its weight in
 * bits (log2 m/u), plus the term-frequency adjustment where a rare or common value moved it. The
 * bits add up to the match weight; the probability is 1 / (1 + 2^−weight).
 */
public record PairExplanation(String leftId, String rightId, double priorBits, List<Term> terms, double weight,
        double probability) {
    /** One comparison's part of the weight. */
    public record Term(String comparison, String level, String leftValue, String rightValue, double bits,
            double termFrequencyBits) {
        public Term {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(level, "level");
        }
    }

    public PairExplanation {
        terms = List.copyOf(terms);
    }

    /** One line per term, for people: "surname  same sound  kim | kim  +3.2 bits (tf −2.1)". */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%s ~ %s: probability %.4f, weight %+.2f bits (prior %+.2f)%n", leftId, rightId,
                probability, weight, priorBits));
        for (Term term : terms) {
            out.append(String.format("  %-12s %-28s %s | %s  %+.2f bits", term.comparison(), term.level(), term.leftValue(),
                    term.rightValue(), term.bits()));
            if (term.termFrequencyBits() != 0) {
                out.append(String.format(" (term frequency %+.2f)", term.termFrequencyBits()));
            }
            out.append(System.lineSeparator());
        }
        return out.toString();
    }
}
