package org.kirok.estimate;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.kirok.engine.estimate.CaptureTable;
import org.kirok.engine.estimate.StratifiedTable;

/**
 * Reads capture histories from a CSV file with a header row, in either of two shapes: one 0/1
 * column per list and a count column ({@code count}, {@code freq}, {@code frequency} or {@code n})
 * giving how many people have that pattern; or one row per person with only the 0/1 columns.
 * An optional stratum column splits the rows into strata. Every problem is reported with its line
 * (header = line 1) and column.
 */
final class CaptureCsv {

    static final Set<String> COUNT_COLUMNS = Set.of("count", "freq", "frequency", "n");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");
    private static final String UNSTRATIFIED = "";

    private CaptureCsv() {
    }

    static CaptureFile read(Path file, Optional<String> strataColumn) {
        List<CSVRecord> records = records(file);
        if (records.isEmpty()) {
            throw new CaptureFileException("the file is empty; expected a header row of list names");
        }
        Header header = Header.of(records.getFirst().toList(), strataColumn);
        Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
        Map<String, Map<Integer, Long>> firstLine = new HashMap<>();
        int dataRows = 0;
        for (CSVRecord record : records.subList(1, records.size())) {
            long line = record.getRecordNumber();
            if (record.size() == 1 && record.get(0).isBlank()) {
                continue;
            }
            dataRows++;
            if (record.size() != header.width()) {
                throw new CaptureFileException("line " + line + " has " + record.size() + " fields but the header has "
                        + header.width() + " (" + String.join(",", header.names()) + ")");
            }
            int pattern = pattern(record, header);
            long count = header.countColumn().isPresent() ? count(record, header, header.countColumn().getAsInt()) : 1;
            String stratum = stratum(record, header);
            if (pattern == 0) {
                if (header.countColumn().isEmpty()) {
                    throw new CaptureFileException("line " + line + " is all zeros: a person on no list cannot have been"
                            + " recorded; remove the row");
                }
                if (count > 0) {
                    throw new CaptureFileException("line " + line + " gives " + count + " people on no list: nobody on no"
                            + " list can be counted (that number is what is being estimated)");
                }
                continue;
            }
            Map<Integer, Long> seen = firstLine.computeIfAbsent(stratum, key -> new HashMap<>());
            if (header.countColumn().isPresent() && seen.containsKey(pattern)) {
                throw new CaptureFileException("line " + line + " repeats the capture pattern "
                        + describe(pattern, header.lists().size()) + " of line " + seen.get(pattern)
                        + (stratum.isEmpty() ? "" : " in stratum '" + stratum + "'") + "; give each pattern once");
            }
            seen.putIfAbsent(pattern, line);
            counts.computeIfAbsent(stratum, key -> new HashMap<>()).merge(pattern, count, Math::addExact);
        }
        if (dataRows == 0) {
            throw new CaptureFileException("the file has a header but no data rows");
        }
        return assemble(header, counts);
    }

    private static CaptureFile assemble(Header header, Map<String, Map<Integer, Long>> counts) {
        List<String> lists = header.lists();
        CaptureTable.Builder total = CaptureTable.builder(lists);
        Map<String, CaptureTable> strata = new LinkedHashMap<>();
        long observed = 0;
        for (Map.Entry<String, Map<Integer, Long>> stratum : counts.entrySet()) {
            CaptureTable.Builder table = CaptureTable.builder(lists);
            long stratumObserved = 0;
            for (Map.Entry<Integer, Long> cell : stratum.getValue().entrySet()) {
                table.add(cell.getKey(), cell.getValue());
                total.add(cell.getKey(), cell.getValue());
                stratumObserved += cell.getValue();
            }
            observed += stratumObserved;
            if (header.strataColumn().isPresent()) {
                if (stratumObserved == 0) {
                    throw new CaptureFileException("stratum '" + stratum.getKey() + "' has only zero counts: nobody"
                            + " observed there");
                }
                strata.put(stratum.getKey(), table.build());
            }
        }
        if (observed == 0) {
            throw new CaptureFileException("every count is zero: nobody was observed");
        }
        Optional<StratifiedTable> stratified = strata.isEmpty() ? Optional.empty() : Optional.of(new StratifiedTable(strata));
        return new CaptureFile(total.build(), stratified, header.countColumn().isEmpty());
    }

    private static List<CSVRecord> records(Path file) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setTrim(true).setIgnoreEmptyLines(false).get();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, format)) {
            return parser.getRecords();
        } catch (NoSuchFileException missing) {
            throw new CaptureFileException("no such file");
        } catch (CharacterCodingException encoding) {
            throw new CaptureFileException("the file is not UTF-8 text");
        } catch (IOException | UncheckedIOException failure) {
            throw new CaptureFileException("cannot be read as CSV: " + failure.getMessage());
        }
    }

    private static int pattern(CSVRecord record, Header header) {
        int pattern = 0;
        List<Integer> columns = header.listColumns();
        for (int list = 0; list < columns.size(); list++) {
            String value = record.get(columns.get(list));
            switch (value) {
                case "1" -> pattern |= 1 << list;
                case "0" -> { }
                default -> throw new CaptureFileException("line " + record.getRecordNumber() + ", column '"
                        + header.names().get(columns.get(list)) + "': '" + value + "' is not 0 or 1"
                        + (header.countColumn().isEmpty() ? " (a count column must be named count or freq)" : ""));
            }
        }
        return pattern;
    }

    private static long count(CSVRecord record, Header header, int column) {
        String value = record.get(column);
        String where = "line " + record.getRecordNumber() + ", column '" + header.names().get(column) + "': ";
        if (value.startsWith("-") && WHOLE_NUMBER.matcher(value.substring(1)).matches()) {
            throw new CaptureFileException(where + "negative count " + value);
        }
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            throw new CaptureFileException(where + "'" + value + "' is not a whole number of people");
        }
        return Long.parseLong(value);
    }

    private static String stratum(CSVRecord record, Header header) {
        if (header.strataColumn().isEmpty()) {
            return UNSTRATIFIED;
        }
        String value = record.get(header.strataColumn().getAsInt());
        if (value.isBlank()) {
            throw new CaptureFileException("line " + record.getRecordNumber() + ", column '"
                    + header.names().get(header.strataColumn().getAsInt()) + "': the stratum is blank");
        }
        return value;
    }

    static String describe(int pattern, int lists) {
        List<String> flags = new ArrayList<>();
        for (int list = 0; list < lists; list++) {
            flags.add(String.valueOf(pattern >> list & 1));
        }
        return String.join(",", flags);
    }

    static String normalized(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
