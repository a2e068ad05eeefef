package vn.cds.baocao.base.csv;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.spreadsheet.UploadedWorkbook;

/**
 * An uploaded CSV file, read by Apache Commons CSV as {@link CsvWriter} writes one: UTF-8 (with or without the
 * byte-order mark Excel's "CSV UTF-8" adds), RFC 4180 quoting. The separator is the header line's: a comma, or a
 * semicolon as Excel writes under a locale whose decimal mark is a comma. Refused with a clear reason: empty, larger
 * than an uploaded workbook may be, not UTF-8 (Excel's older "CSV" saves in a Windows code page), more rows than the
 * caller takes, or broken quoting.
 */
public final class CsvReader {

    private static final char BOM = '\uFEFF';

    private CsvReader() {
    }

    /** One line of the file: its number as a spreadsheet shows it (the header is 1) and its cells, stripped. */
    public record CsvRow(int number, List<String> cells) {

        /** The cell in that column (0-based), "" when the line is shorter. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /**
     * Every line, the header first.
     *
     * @param maxRows the most lines after the header the caller takes
     */
    public static List<CsvRow> read(String fileName, byte[] content, int maxRows) {
        String name = fileName == null ? "" : fileName.strip();
        if (content == null || content.length == 0) {
            throw new BusinessException("upload.csv.empty", name);
        }
        if (content.length > UploadedWorkbook.MAX_BYTES) {
            throw new BusinessException("upload.csv.tooLarge",
                    String.valueOf(UploadedWorkbook.MAX_BYTES / 1024 / 1024));
        }
        String text = utf8(content, name);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator(text)).setTrim(true).get();
        List<CsvRow> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                if (rows.size() > maxRows) {
                    throw new BusinessException("upload.csv.tooManyRows", String.valueOf(maxRows));
                }
                rows.add(new CsvRow((int) record.getRecordNumber(), List.copyOf(record.toList())));
            }
        } catch (UncheckedIOException | IllegalStateException e) {
            // Commons CSV reports broken quoting (a quote never closed, text after a closing quote) this way
            throw new BusinessException("upload.csv.badQuoting", name, String.valueOf(rows.size() + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            throw new BusinessException("upload.csv.empty", name);
        }
        return rows;
    }

    private static String utf8(byte[] content, String name) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw new BusinessException("upload.csv.notUtf8", name);
        }
    }

    /** The header line's separator: a semicolon when it has more of them than commas (outside quotes). */
    static char separator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }
}
