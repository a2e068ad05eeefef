package vn.cds.baocao.base.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * CSV for spreadsheet users, written by Apache Commons CSV: UTF-8 with a byte-order mark (so Excel shows "Đạt" and
 * "Sở TT&amp;TT" correctly), comma-separated, RFC 4180 quoting, CRLF line ends. Cells are written as given: format
 * numbers Vietnamese-style ({@code VnFormat}) before passing them in, so the file reads like the screen.
 *
 * <p>Formula injection (OWASP "CSV Injection"): a cell starting with {@code =}, {@code +}, {@code -}, {@code @}, tab
 * or carriage return would be run as a formula by a spreadsheet, so it is written quoted with a leading {@code '}. One
 * exception: a plain negative figure ({@code -1.517}, {@code -12,5}, {@code -3,5%}: a minus, then only digits,
 * {@code .} and {@code ,}, perhaps a final {@code %}) is written as it is. It holds no cell reference, function or
 * operator a spreadsheet could run, and prefixing it would turn a figure of the table into text.
 */
public final class CsvWriter {

    private static final char BOM = '\uFEFF';
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    /** A neutralised formula is always quoted, as the hand-written writer before Commons CSV did. */
    private static final CSVFormat NEUTRALISED = FORMAT.builder().setQuoteMode(QuoteMode.ALL).get();
    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NEGATIVE_FIGURE = Pattern.compile("-\\d[\\d.,]*%?");

    private CsvWriter() {
    }

    /** A whole table: the header row (Vietnamese column titles) then the rows. */
    public static byte[] toBytes(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            out.write(BOM);
            record(header, out);
            for (List<String> row : rows) {
                record(row, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void record(List<String> cells, Writer out) throws IOException {
        boolean first = true;
        for (String cell : cells) {
            if (cell == null || cell.isEmpty()) {
                FORMAT.print(null, out, first); // nothing between the commas (Commons CSV quotes an empty first cell)
            } else if (startsFormula(cell)) {
                NEUTRALISED.print("'" + cell, out, first);
            } else {
                FORMAT.print(cell, out, first);
            }
            first = false;
        }
        FORMAT.println(out);
    }

    static boolean startsFormula(String cell) {
        return FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 && !NEGATIVE_FIGURE.matcher(cell).matches();
    }
}
