package org.kirok.place.gazetteer;

import java.io.IOException;
import java.io.StringReader;
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
 * A gazetteer file read into rows: CSV with a header, or GeoNames' header-less tab-separated dump. Bytes that are
 * not UTF-8 become U+FFFD so that only the rows holding them are rejected, not the whole file.
 */
record SourceTable(List<String> header, List<SourceRow> rows) {

    static final List<String> GEONAMES_COLUMNS = List.of("geonameid", "name", "asciiname", "alternatenames",
            "latitude", "longitude", "feature_class", "feature_code", "country_code", "cc2", "admin1", "admin2",
            "admin3", "admin4", "population", "elevation", "dem", "timezone", "modified");

    static SourceTable read(Path file) throws IOException {
        String text = decode(Files.readAllBytes(file));
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String firstLine = text.lines().findFirst().orElse("");
        if (firstLine.contains("\t") && !firstLine.contains(",") || isGeoNamesLine(firstLine)) {
            return geoNames(text);
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            List<String> header = parser.getHeaderNames();
            List<SourceRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (String column : header) {
                    fields.put(column, record.isSet(column) ? record.get(column) : "");
                }
                rows.add(new SourceRow(record.getRecordNumber() + 1, fields));
            }
            return new SourceTable(header, rows);
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw new IOException("the file is not valid CSV: " + e.getMessage(), e);
        }
    }

    private static boolean isGeoNamesLine(String line) {
        String[] cells = line.split("\t", -1);
        return cells.length >= 15 && cells[0].matches("\\d+");
    }

    private static SourceTable geoNames(String text) {
        List<SourceRow> rows = new ArrayList<>();
        long number = 0;
        for (String line : text.split("\\R")) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            Map<String, String> fields = new LinkedHashMap<>();
            for (int i = 0; i < GEONAMES_COLUMNS.size(); i++) {
                fields.put(GEONAMES_COLUMNS.get(i), i < cells.length ? cells[i] : "");
            }
            fields.put("_cells", String.valueOf(cells.length));
            rows.add(new SourceRow(number, fields));
        }
        return new SourceTable(GEONAMES_COLUMNS, rows);
    }

    /** new String(…, UTF_8) turns every malformed byte sequence into U+FFFD, which the rows then reject. */
    private static String decode(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
