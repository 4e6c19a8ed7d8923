package io.flowline.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/** Tables in files: CSV through Commons CSV, XLSX through fastexcel, both as rows of text cells. */
public final class Sheets {
    public static final String CSV = "csv";
    public static final String XLSX = "xlsx";

    private Sheets() {
    }

    /** A row as in the file: its line (the header is line 1) and its cells, trimmed, empty ones as null. */
    public record SheetRow(int line, List<String> cells) {
        boolean blank() {
            return cells.stream().allMatch(c -> c == null);
        }

        String cell(int index) {
            return index < cells.size() ? cells.get(index) : null;
        }
    }

    /** Every non-blank row of the file, the header first. */
    public static List<SheetRow> read(byte[] file, String format) throws IOException {
        List<SheetRow> rows = XLSX.equals(format) ? readXlsx(file) : readCsv(file);
        return rows.stream().filter(r -> !r.blank()).toList();
    }

    private static List<SheetRow> readCsv(byte[] file) throws IOException {
        try (InputStream in = BOMInputStream.builder().setInputStream(new ByteArrayInputStream(file)).get();
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            String text = new String(file, StandardCharsets.UTF_8);
            int endOfHeader = text.indexOf('\n');
            String header = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
            // Spreadsheets in many European locales save CSV with semicolons.
            char delimiter = header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
            CSVFormat csv = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true).get();
            List<SheetRow> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(csv).get()) {
                long nextLine = 1;
                for (CSVRecord record : parser) {
                    List<String> cells = new ArrayList<>(record.size());
                    record.forEach(value -> cells.add(clean(value)));
                    rows.add(new SheetRow((int) nextLine, cells));
                    // A quoted cell may span lines; the next record starts after them.
                    nextLine = parser.getCurrentLineNumber() + 1;
                }
            }
            return rows;
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static List<SheetRow> readXlsx(byte[] file) throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(file));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            List<SheetRow> rows = new ArrayList<>();
            stream.forEach(row -> {
                List<String> cells = new ArrayList<>(row.getCellCount());
                for (int i = 0; i < row.getCellCount(); i++) {
                    cells.add(text(row.getCell(i)));
                }
                rows.add(new SheetRow(row.getRowNum(), cells));
            });
            return rows;
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getType()) {
            case NUMBER -> clean(cell.asNumber().toPlainString());
            case BOOLEAN -> cell.asBoolean().toString();
            case EMPTY -> null;
            default -> clean(cell.getText());
        };
    }

    private static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** Writes a header and rows; cells are text, numbers (kept as numbers in XLSX), booleans or null. */
    public static void write(OutputStream out, String format, String sheetName, List<String> header, Iterable<List<Object>> rows)
            throws IOException {
        if (XLSX.equals(format)) {
            Workbook workbook = new Workbook(out, "Flowline", "1.0");
            Worksheet sheet = workbook.newWorksheet(sheetName);
            for (int c = 0; c < header.size(); c++) {
                sheet.value(0, c, header.get(c));
                sheet.style(0, c).bold().set();
            }
            int r = 1;
            for (List<Object> row : rows) {
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof BigDecimal number) {
                        sheet.value(r, c, number);
                    } else if (value instanceof Number number) {
                        sheet.value(r, c, number);
                    } else if (value instanceof Boolean bool) {
                        sheet.value(r, c, bool);
                    } else if (value != null) {
                        sheet.value(r, c, value.toString());
                    }
                }
                r++;
                if (r % 1000 == 0) {
                    sheet.flush();
                }
            }
            workbook.finish();
            return;
        }
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(header);
        for (List<Object> row : rows) {
            printer.printRecord(row.stream().map(v -> v instanceof BigDecimal d ? d.toPlainString() : v).toList());
        }
        printer.flush();
    }
}
