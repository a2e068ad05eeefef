package vn.cds.baocao.base.csv;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV for spreadsheet users: UTF-8 with a byte-order mark (so Excel shows "Đạt" and "Sở TT&amp;TT" correctly),
 * comma-separated, RFC 4180 quoting, CRLF line ends. Cells are written as given: format numbers Vietnamese-style
 * ({@code VnFormat}) before passing them in, so the file reads like the screen.
 */
public final class CsvWriter implements AutoCloseable {

    private static final char BOM = '\uFEFF';

    private final Writer out;

    public CsvWriter(OutputStream stream) {
        this.out = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        write(String.valueOf(BOM));
    }

    /** A whole table: the header row (Vietnamese column titles) then the rows. */
    public static byte[] toBytes(List<String> header, List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter csv = new CsvWriter(bytes)) {
            csv.row(header);
            rows.forEach(csv::row);
        }
        return bytes.toByteArray();
    }

    public CsvWriter row(List<String> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(escape(cells.get(i)));
        }
        write(line.append("\r\n").toString());
        return this;
    }

    static String escape(String cell) {
        if (cell == null) {
            return "";
        }
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0 || startsFormula(cell);
        String text = startsFormula(cell) ? "'" + cell : cell;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    /** A cell starting with = + @ would be run as a formula by a spreadsheet: neutralise it (CSV injection). */
    private static boolean startsFormula(String cell) {
        return !cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0;
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
