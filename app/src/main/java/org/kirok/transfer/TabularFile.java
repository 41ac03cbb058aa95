package org.kirok.transfer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kirok.store.StorableText;

/**
 * A CSV or XLSX file read into rows keyed by lower-case column names. Row numbers are as a spreadsheet shows
 * them (the header is row 1). Text encodings are checked, not guessed silently: UTF-8 (with or without BOM) and
 * UTF-16 with BOM are read; a file that is not valid UTF-8 is refused with the likely encoding named (Korean
 * Windows files are CP949/EUC-KR) unless the caller names the encoding. CR-only line ends are accepted.
 */
public record TabularFile(List<String> header, List<Line> rows) {

    /** One data row: its number in the file and its cells by column. */
    public record Line(long number, Map<String, String> cells) {
        public String get(String column) {
            String value = cells.get(column);
            if (value == null) {
                return "";
            }
            String stripped = StorableText.check(column, value).strip();
            // undo the apostrophe our exports put before cells that would otherwise run as spreadsheet formulas
            return stripped.length() > 1 && stripped.charAt(0) == '\'' && "=+-@".indexOf(stripped.charAt(1)) >= 0
                    ? stripped.substring(1) : stripped;
        }
    }

    /** A file that cannot be read at all; the message says why and what to do. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        public Unreadable(String message) {
            super(message);
        }
    }

    public static TabularFile read(String fileName, byte[] bytes, Optional<Charset> encoding) throws Unreadable {
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return xlsx(bytes);
        }
        if (fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            throw new Unreadable("the file is named .xlsx but is not an Excel workbook");
        }
        return csv(decode(bytes, encoding));
    }

    static String decode(byte[] bytes, Optional<Charset> encoding) throws Unreadable {
        if (encoding.isPresent()) {
            return strict(bytes, 0, encoding.get()).orElseThrow(() -> new Unreadable(
                    "the file is not valid " + encoding.get().name() + " text"));
        }
        if (bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
            return strict(bytes, 3, StandardCharsets.UTF_8).orElseThrow(() -> new Unreadable(
                    "the file starts like UTF-8 but contains bytes that are not UTF-8; save it again as UTF-8"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE) {
            return strict(bytes, 2, StandardCharsets.UTF_16LE).orElseThrow(() -> new Unreadable("broken UTF-16 text"));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xFE && (bytes[1] & 0xff) == 0xFF) {
            return strict(bytes, 2, StandardCharsets.UTF_16BE).orElseThrow(() -> new Unreadable("broken UTF-16 text"));
        }
        Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.isPresent()) {
            return utf8.get();
        }
        Optional<String> korean = strict(bytes, 0, Charset.forName("x-windows-949"));
        if (korean.isPresent() && korean.get().codePoints().anyMatch(c -> c >= 0xAC00 && c <= 0xD7A3)) {
            throw new Unreadable("the file is not UTF-8: it looks like Korean Windows encoding (CP949/EUC-KR). "
                    + "Save it as 'CSV UTF-8' (Excel) or import it with the encoding set to cp949");
        }
        throw new Unreadable("the file is not UTF-8 text (first invalid byte at position " + firstInvalid(bytes)
                + "); save it as UTF-8");
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        try {
            return Optional.of(charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static long firstInvalid(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        java.nio.charset.CoderResult result = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static TabularFile csv(String text) throws Unreadable {
        String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(normalized), format)) {
            List<String> header = columns(parser.getHeaderNames());
            List<Line> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.put(header.get(i), i < record.size() ? record.get(i) : "");
                }
                rows.add(new Line(record.getRecordNumber() + 1, cells));
            }
            return new TabularFile(header, rows);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new Unreadable("the file is not valid CSV: " + e.getMessage());
        }
    }

    private static TabularFile xlsx(byte[] bytes) throws Unreadable {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            Row first = sheet.getRow(sheet.getFirstRowNum());
            if (first == null) {
                throw new Unreadable("the first sheet is empty");
            }
            List<String> names = new ArrayList<>();
            for (int c = 0; c < first.getLastCellNum(); c++) {
                names.add(first.getCell(c) == null ? "" : formatter.formatCellValue(first.getCell(c)));
            }
            List<String> header = columns(names);
            List<Line> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < header.size(); c++) {
                    String value = row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c));
                    empty &= value.isBlank();
                    cells.put(header.get(c), value);
                }
                if (!empty) {
                    rows.add(new Line(r + 1L, cells));
                }
            }
            return new TabularFile(header, rows);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("the Excel workbook cannot be read: " + e.getMessage());
        }
    }

    /**
     * Column names as importers read them (trimmed, lower case, spaces as underscores). A blank name becomes
     * {@code column_N}; a name that appears twice refuses the file, since either column's values would be lost.
     */
    private static List<String> columns(List<String> names) throws Unreadable {
        List<String> header = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = column(names.get(i));
            name = name.isEmpty() ? "column_" + (i + 1) : name;
            int earlier = header.indexOf(name);
            if (earlier >= 0) {
                throw new Unreadable("the column '" + name + "' appears twice (columns " + (earlier + 1) + " and "
                        + (i + 1) + "); rename or remove one of them");
            }
            header.add(name);
        }
        return header;
    }

    private static String column(String name) {
        return name.strip().toLowerCase(Locale.ROOT).replace(' ', '_').replace("\uFEFF", "");
    }

    /**
     * Refuses a file with a column the importer does not read — most often a misspelt header, whose values would
     * otherwise be dropped without a word. Unnamed columns with no values (spreadsheet leftovers) are allowed.
     */
    public void refuseUnknown(List<String> known) throws Unreadable {
        List<String> unknown = header.stream().filter(c -> !known.contains(c))
                .filter(c -> !c.startsWith("column_") || rows.stream().anyMatch(r -> !r.cells().get(c).isBlank()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new Unreadable("unknown column(s): " + String.join(", ", unknown) + ". This import reads only: "
                    + String.join(", ", known) + ". Rename the column or remove it; nothing was imported");
        }
    }

    /** Refuses a file that lacks required columns, naming them. */
    public void require(List<String> columns) throws Unreadable {
        List<String> missing = columns.stream().filter(c -> !header.contains(c)).toList();
        if (!missing.isEmpty()) {
            throw new Unreadable("missing column(s): " + String.join(", ", missing) + " (the file has: "
                    + String.join(", ", header) + ")");
        }
    }
}
