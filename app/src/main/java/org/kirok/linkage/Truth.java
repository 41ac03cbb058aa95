package org.kirok.linkage;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.kirok.engine.linkage.Records;

/** Ground truth as an entity label per record, from a label column or from a file of matching pairs. */
final class Truth {
    private Truth() {
    }

    /** Febrl: the entity is the number in rec-N-org / rec-N-dup-k. */
    static String[] febrl(Records records) {
        String[] truth = new String[records.size()];
        for (int i = 0; i < truth.length; i++) {
            String[] parts = records.id(i).split("-");
            if (parts.length < 3) {
                throw new InputError("Febrl id '" + records.id(i) + "' is not rec-N-org or rec-N-dup-k");
            }
            truth[i] = parts[1];
        }
        return truth;
    }

    /** A column of the input file holding the entity label, read alongside the records (same order). */
    static String[] column(CsvTables.Table table, String column) {
        int index = table.column(column);
        return table.rows().stream().map(row -> row[index]).toArray(String[]::new);
    }

    /** Matching pairs (left id, right id) → entity labels by union–find; unmatched records are their own entity. */
    static String[] pairs(Records records, Path pairsFile, String leftColumn, String rightColumn) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            index.put(records.source(i) + "\u0000" + records.id(i), i);
        }
        int[] parent = new int[records.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        CsvTables.Table table = CsvTables.wide(pairsFile);
        int left = table.column(leftColumn);
        int right = table.column(rightColumn);
        int rightSource = records.linking() ? 1 : 0;
        for (String[] row : table.rows()) {
            Integer a = index.get("0\u0000" + row[left]);
            Integer b = index.get(rightSource + "\u0000" + row[right]);
            if (a == null || b == null) {
                throw new InputError(pairsFile + ": pair " + row[left] + "," + row[right] + " names a record not in the input");
            }
            parent[find(parent, a)] = find(parent, b);
        }
        String[] truth = new String[records.size()];
        for (int i = 0; i < truth.length; i++) {
            truth[i] = Integer.toString(find(parent, i));
        }
        return truth;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
