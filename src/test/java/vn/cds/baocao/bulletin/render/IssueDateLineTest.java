package vn.cds.baocao.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.bulletin.service.render.IssueDateLine;

class IssueDateLineTest {

    @Test
    void placeAndDateAsNghiDinh30() {
        assertThat(IssueDateLine.of("Bình Phước", LocalDate.of(2024, 4, 22)))
                .isEqualTo("Bình Phước, ngày 22 tháng 4 năm 2024");
        assertThat(IssueDateLine.of("Bình Phước", LocalDate.of(2025, 2, 5)))
                .isEqualTo("Bình Phước, ngày 05 tháng 02 năm 2025");
        assertThat(IssueDateLine.of("Đồng Nai", LocalDate.of(2025, 12, 9)))
                .isEqualTo("Đồng Nai, ngày 09 tháng 12 năm 2025");
        assertThat(IssueDateLine.of(" ", LocalDate.of(2024, 3, 1))).isEqualTo("Ngày 01 tháng 3 năm 2024");
    }
}
