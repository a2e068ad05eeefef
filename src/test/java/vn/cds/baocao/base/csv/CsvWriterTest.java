package vn.cds.baocao.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvWriterTest {

    @Test
    void utf8WithBomQuotingAndCrlf() {
        byte[] bytes = CsvWriter.toBytes(List.of("STT", "Đơn vị", "Tỷ lệ (%)"),
                List.of(List.of("1", "Sở VH, TT&DL", "54,20%"), List.of("2", "Nói \"chưa duyệt\"", "")));
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFSTT,Đơn vị,Tỷ lệ (%)\r\n"
                + "1,\"Sở VH, TT&DL\",\"54,20%\"\r\n2,\"Nói \"\"chưa duyệt\"\"\",\r\n");
    }

    @Test
    void formulasAreNeutralised() {
        assertThat(line("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(line("-5")).isEqualTo("-5");
        assertThat(line((String) null)).isEmpty();
    }

    /** OWASP's list: each of these first characters makes a spreadsheet read the cell as a formula. */
    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x\")", "+84 912 345 678", "-2+3+cmd|' /C calc'!A0", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", "-", "-x", "-1.517 đơn vị", "-1+1", "-A1", "+5", "+5,2%"})
    void everyFormulaStartIsPrefixedWithAQuoteMark(String cell) {
        assertThat(line(cell)).isEqualTo("\"'" + cell.replace("\"", "\"\"") + "\"");
    }

    /** A negative figure as the tables write it holds nothing a spreadsheet could run: it stays a figure. */
    @ParameterizedTest
    @ValueSource(strings = {"-1.517", "-12,5", "-3,5%", "-2.590.659.414", "-0", "-1,517.5"})
    void aPlainNegativeFigureIsWrittenAsItIs(String figure) {
        String written = figure.contains(",") ? "\"" + figure + "\"" : figure; // a decimal comma is quoted
        assertThat(line(figure)).isEqualTo(written);
        assertThat(line("1", figure, "Đạt")).isEqualTo("1," + written + ",Đạt");
    }

    @Test
    void emptyCellsAreNothingBetweenTheCommasAlsoFirstInALine() {
        assertThat(line("", "TỔNG", "96%", "")).isEqualTo(",TỔNG,96%,");
        assertThat(line(null, "TỔNG", null)).isEqualTo(",TỔNG,");
    }

    /**
     * The cells the screens and tables write come out byte for byte as from the hand-written writer that Commons
     * CSV replaced (kept below as it was); only the formula starts it did not know ({@code -}, tab, CR) differ.
     */
    @Test
    void sameBytesAsTheWriterBeforeCommonsCsv() {
        List<String> cells = Arrays.asList("1", "Sở GD&ĐT", "UBND thành phố Đồng Xoài", "1.517", "54,20%", "96%",
                "2.590.659.414", "Đạt", "Không đạt", "chưa duyệt", "Tăng 5,2%", "Giảm 1,5%", "Bằng", "", null,
                "Tháng 4/2024", "22/04/2024 – 20/05/2024", "27/27 đơn vị", "Sở VH, TT&DL", "Nói \"chưa duyệt\"",
                "dòng 1\ndòng 2", "cuối\r\ndòng", "=HYPERLINK(\"x\")", "+84", "@admin", "Lãnh đạo, Ban Chỉ đạo",
                "(trống)", "'đã có dấu nháy", "a\"b", "Cán bộ báo cáo (REPORTER)", "admin@demo.cds.local");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            rows.add(Arrays.asList(cells.get(i), cells.get((i + 1) % cells.size()), cells.get((i + 7) % cells.size())));
        }
        List<String> header = List.of("STT", "Đơn vị", "Tỷ lệ (%)");
        assertThat(new String(CsvWriter.toBytes(header, rows), StandardCharsets.UTF_8))
                .isEqualTo(Before.toText(header, rows));
    }

    private static String line(String... cells) {
        String text = new String(CsvWriter.toBytes(Arrays.asList(cells), List.of()), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return text.substring(1, text.length() - 2);
    }

    /** The writer before Commons CSV, for the comparison above. */
    private static final class Before {

        static String toText(List<String> header, List<List<String>> rows) {
            StringBuilder text = new StringBuilder("\uFEFF");
            List<List<String>> lines = new ArrayList<>();
            lines.add(header);
            lines.addAll(rows);
            for (List<String> cells : lines) {
                for (int i = 0; i < cells.size(); i++) {
                    text.append(i > 0 ? "," : "").append(escape(cells.get(i)));
                }
                text.append("\r\n");
            }
            return text.toString();
        }

        static String escape(String cell) {
            if (cell == null) {
                return "";
            }
            boolean formula = !cell.isEmpty() && "=+@".indexOf(cell.charAt(0)) >= 0;
            boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0 || formula;
            String text = formula ? "'" + cell : cell;
            return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
        }
    }
}
