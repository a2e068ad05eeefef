package vn.cds.baocao.base.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.csv.CsvReader.CsvRow;

/** Reading an uploaded CSV file as spreadsheets write one, and refusing what cannot be read honestly. */
class CsvReaderTest {

    @Test
    void whatCsvWriterWritesReadsBack() {
        byte[] written = CsvWriter.toBytes(List.of("Mã", "Tên, đầy đủ"),
                List.of(List.of("SO_KHCN", "Sở \"KH&CN\""), List.of("X", "")));
        List<CsvRow> rows = CsvReader.read("a.csv", written, 10);
        assertThat(rows).extracting(CsvRow::number).containsExactly(1, 2, 3);
        assertThat(rows.get(0).cells()).containsExactly("Mã", "Tên, đầy đủ");
        assertThat(rows.get(1).cells()).containsExactly("SO_KHCN", "Sở \"KH&CN\"");
        assertThat(rows.get(2).cell(1)).isEmpty();
        assertThat(rows.get(2).cell(7)).as("beyond the line").isEmpty();
    }

    @Test
    void aSemicolonSeparatedFileAsExcelSavesItUnderAVietnameseLocale() {
        List<CsvRow> rows = CsvReader.read("a.csv", utf8("Mã;Tên\r\nA;\"x; y\"\r\n"), 10);
        assertThat(rows.get(1).cells()).containsExactly("A", "x; y");
        assertThat(CsvReader.separator("a,b;c;d\n,,,,")).isEqualTo(';');
        assertThat(CsvReader.separator("\"a;b;c\",d\n")).isEqualTo(',');
    }

    @Test
    void refusals() {
        assertRefused(() -> CsvReader.read("a.csv", new byte[0], 10), "upload.csv.empty", "Tệp \"a.csv\" trống.");
        assertRefused(() -> CsvReader.read("a.csv", new byte[] {'M', (byte) 0xE3, ',', 'x'}, 10),
                "upload.csv.notUtf8", null);
        assertRefused(() -> CsvReader.read("a.csv", utf8("h\n1\n2\n3\n"), 2), "upload.csv.tooManyRows",
                "Tệp có quá 2 dòng số liệu; hãy chia thành nhiều tệp.");
        assertRefused(() -> CsvReader.read("a.csv", utf8("h,k\n\"never closed,1\n"), 10), "upload.csv.badQuoting",
                null);
        assertRefused(() -> CsvReader.read("a.csv", new byte[10 * 1024 * 1024 + 1], 10), "upload.csv.tooLarge", null);
        assertThat(CsvReader.read("a.csv", utf8("h\n1\n2\n"), 2)).hasSize(3);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
