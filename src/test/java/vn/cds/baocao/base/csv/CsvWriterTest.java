package vn.cds.baocao.base.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        assertThat(CsvWriter.escape("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(CsvWriter.escape("-5")).isEqualTo("-5");
        assertThat(CsvWriter.escape(null)).isEmpty();
    }
}
