package org.kirok.linkage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kirok.engine.linkage.Records;

/**
 * Pairs a person confirmed as the same ({@code id_l,id_r}; when two files are linked, id_l is in
 * the first and id_r in the second), as record indexes, to train m on instead of EM.
 */
final class ConfirmedPairs {
    private ConfirmedPairs() {
    }

    static List<int[]> read(Path file, Records records) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            index.put(records.source(i) + "\u0000" + records.id(i), i);
        }
        CsvTables.Table table = CsvTables.wide(file);
        int left = table.column("id_l");
        int right = table.column("id_r");
        int rightSource = records.linking() ? 1 : 0;
        List<int[]> pairs = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            String[] row = table.rows().get(r);
            Integer a = index.get("0\u0000" + row[left]);
            Integer b = index.get(rightSource + "\u0000" + row[right]);
            String where = file + " row " + table.lineNumbers().get(r);
            if (a == null) {
                throw new InputError(where + ", field id_l: no record has the id '" + row[left] + "'");
            }
            if (b == null) {
                throw new InputError(where + ", field id_r: no record has the id '" + row[right] + "'");
            }
            if (a.equals(b)) {
                throw new InputError(where + ": a record cannot be confirmed as the same as itself");
            }
            pairs.add(new int[] {a, b});
        }
        return pairs;
    }
}
