package org.kirok.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.kirok.store.NotFoundException;

/**
 * A named table written as UTF-8 CSV with a byte-order mark (so spreadsheet programs read Hangul) or as an XLSX
 * sheet with a bold, frozen header row — the exports of the assessment matrix and of statement deliveries. Cells
 * that would run as formulas get a leading apostrophe (CSV injection).
 */
public record Spreadsheet(String name, List<String> header, List<List<String>> rows) {

    public Spreadsheet {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** The formats offered for download, by file extension. */
    public enum Format {
        CSV("text/csv; charset=utf-8"), XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** csv or xlsx; anything else is not a download we offer (404). */
        public static Format of(String extension) {
            return switch (extension.toLowerCase(Locale.ROOT)) {
                case "csv" -> CSV;
                case "xlsx" -> XLSX;
                default -> throw new NotFoundException("export");
            };
        }
    }

    public byte[] write(Format format) {
        return format == Format.CSV ? csv() : xlsx();
    }

    private byte[] csv() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get())) {
            writer.write('\uFEFF');
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(Spreadsheet::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] xlsx() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(name.length() > 31 ? name.substring(0, 31) : name);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row first = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                first.createCell(c).setCellValue(header.get(c));
                first.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(safe(rows.get(r).get(c)));
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String safe(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 && !value.matches("-?\\d+(\\.\\d+)?")
                ? "'" + value : value;
    }
}
