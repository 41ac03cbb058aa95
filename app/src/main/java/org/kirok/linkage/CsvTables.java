package org.kirok.linkage;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads CSV files into rows of named columns: wide (one record per row, a header) or long
 * (JedAI's {@code entity_index,entity_url,attribute,value}, one attribute per row). Values are
 * stripped (Febrl puts a space after every comma). Errors name the file and row.
 */
final class CsvTables {
    /** A table read from a file: its columns and rows in order. */
    record Table(Path file, List<String> columns, List<String[]> rows, List<Long> lineNumbers) {
        int column(String name) {
            int index = columns.indexOf(name);
            if (index < 0) {
                throw new InputError(file + ": no column '" + name + "'; the header has " + columns);
            }
            return index;
        }
    }

    private CsvTables() {
    }

    /** Decodes UTF-8, or Windows-1252 when the bytes are not UTF-8 (as in the Leipzig DBLP-ACM files). */
    private static String decode(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    static Table wide(Path file) {
        try (Reader reader = new java.io.StringReader(decode(file));
                CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                        .setIgnoreSurroundingSpaces(true).setTrim(true).get().parse(reader)) {
            List<String> columns = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            List<String[]> rows = new ArrayList<>();
            List<Long> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (record.size() == 1 && record.get(0).isEmpty()) {
                    continue;
                }
                if (record.size() != columns.size()) {
                    throw new InputError(file + " row " + (record.getRecordNumber() + 1) + ": " + record.size()
                            + " fields where the header has " + columns.size());
                }
                String[] row = new String[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = record.get(i).strip();
                }
                rows.add(row);
                lines.add(record.getRecordNumber() + 1);
            }
            return new Table(file, columns, rows, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new InputError(file + ": not a readable CSV file: " + e.getMessage());
        }
    }

    /** JedAI's long format, pivoted: columns "id" (the entity_url) plus every attribute seen. */
    static Table longFormat(Path file) {
        Table raw = wide(file);
        int entity = raw.column("entity_index");
        int url = raw.column("entity_url");
        int attribute = raw.column("attribute");
        int value = raw.column("value");
        Map<String, Map<String, String>> entities = new LinkedHashMap<>();
        Map<String, String> urls = new LinkedHashMap<>();
        List<String> attributes = new ArrayList<>();
        for (String[] row : raw.rows()) {
            String name = row[attribute];
            if (!attributes.contains(name)) {
                attributes.add(name);
            }
            entities.computeIfAbsent(row[entity], k -> new LinkedHashMap<>()).merge(name, row[value], (a, b) -> a + " " + b);
            urls.putIfAbsent(row[entity], row[url]);
        }
        List<String> columns = new ArrayList<>();
        columns.add("entity_index");
        columns.add("id");
        columns.addAll(attributes);
        List<String[]> rows = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long line = 1;
        for (var entry : entities.entrySet()) {
            String[] row = new String[columns.size()];
            row[0] = entry.getKey();
            row[1] = urls.get(entry.getKey());
            for (int i = 0; i < attributes.size(); i++) {
                row[i + 2] = entry.getValue().getOrDefault(attributes.get(i), "");
            }
            rows.add(row);
            lines.add(line++);
        }
        return new Table(file, columns, rows, lines);
    }
}
