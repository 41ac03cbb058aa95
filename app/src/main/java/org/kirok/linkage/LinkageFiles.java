package org.kirok.linkage;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.kirok.engine.linkage.Linkage;
import org.kirok.engine.linkage.PairExplanation;
import org.kirok.engine.linkage.Records;

/** Writes linkage results: entities ({@code id,cluster}) and pair explanations. */
final class LinkageFiles {
    private LinkageFiles() {
    }

    /** {@code id,cluster} for every record; with {@code source} first when two files were linked. */
    static void writeClusters(Path out, Records records, Linkage linkage) throws IOException {
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.print(writer)) {
            if (records.linking()) {
                printer.printRecord("source", "id", "cluster_source", "cluster");
            } else {
                printer.printRecord("id", "cluster");
            }
            for (int i = 0; i < records.size(); i++) {
                if (records.linking()) {
                    int root = linkage.clusterIndexOf(i);
                    printer.printRecord(records.source(i) + 1, records.id(i), records.source(root) + 1, records.id(root));
                } else {
                    printer.printRecord(records.id(i), linkage.clusterOf(i));
                }
            }
        }
    }

    /** Every candidate pair with probability ≥ {@code minimum}, field by field, weights in bits. */
    static long writeExplanations(Path out, Linkage linkage, double minimum) throws IOException {
        long[] written = {0};
        try (BufferedWriter writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                CSVPrinter printer = CSVFormat.DEFAULT.print(writer)) {
            List<String> header = new ArrayList<>(List.of("id_l", "id_r", "probability", "match_weight", "prior_bits"));
            for (var parameters : linkage.model().parameters()) {
                String name = parameters.comparison();
                header.addAll(List.of(name + "_level", name + "_l", name + "_r", name + "_bits", name + "_tf_bits"));
            }
            printer.printRecord(header);
            linkage.explainPairs(minimum, explanation -> {
                List<String> row = new ArrayList<>(List.of(explanation.leftId(), explanation.rightId(),
                        format(explanation.probability(), 6), format(explanation.weight(), 3),
                        format(explanation.priorBits(), 3)));
                for (PairExplanation.Term term : explanation.terms()) {
                    row.addAll(List.of(term.level(), term.leftValue(), term.rightValue(), format(term.bits(), 3),
                            format(term.termFrequencyBits(), 3)));
                }
                try {
                    printer.printRecord(row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                written[0]++;
            });
        }
        return written[0];
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
