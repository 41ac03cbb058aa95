package org.kirok.linkage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.kirok.engine.linkage.Records;

/** Reads one or two files (wide CSV or JedAI long format) into records with the columns the settings use. */
final class GenericRecords {
    private GenericRecords() {
    }

    static Records read(List<Path> files, SettingsFile settings) {
        List<CsvTables.Table> tables = new ArrayList<>();
        for (Path file : files) {
            tables.add("long".equals(settings.format()) ? CsvTables.longFormat(file) : CsvTables.wide(file));
        }
        List<String> columns = new ArrayList<>();
        settings.settings().comparisons().forEach(c -> c.columns().forEach(column -> addOnce(columns, column)));
        settings.settings().blockingRules().forEach(r -> r.columns().forEach(column -> addOnce(columns, column)));
        settings.settings().trainingRules().forEach(r -> r.columns().forEach(column -> addOnce(columns, column)));
        Records.Builder builder = new Records.Builder(columns);
        for (int source = 0; source < tables.size(); source++) {
            CsvTables.Table table = tables.get(source);
            int id = table.column(settings.idColumn());
            int[] indexes = columns.stream().mapToInt(table::column).toArray();
            for (int r = 0; r < table.rows().size(); r++) {
                String[] row = table.rows().get(r);
                if (row[id].isEmpty()) {
                    throw new InputError(table.file() + " row " + table.lineNumbers().get(r) + ", field " + settings.idColumn()
                            + ": empty; every record needs an id");
                }
                String[] values = new String[indexes.length];
                for (int c = 0; c < indexes.length; c++) {
                    values[c] = row[indexes[c]];
                }
                try {
                    builder.add(row[id], source, values);
                } catch (IllegalArgumentException e) {
                    throw new InputError(table.file() + " row " + table.lineNumbers().get(r) + ": " + e.getMessage());
                }
            }
        }
        return builder.build();
    }

    private static void addOnce(List<String> columns, String column) {
        if (!columns.contains(column)) {
            columns.add(column);
        }
    }
}
