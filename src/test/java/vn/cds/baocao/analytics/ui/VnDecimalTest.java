package vn.cds.baocao.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VnDecimalTest {

    @Test
    void readsVietnameseNumbers() {
        assertThat(VnDecimal.parse("1")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1"));
        assertThat(VnDecimal.parse(" 0,5 ")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
        assertThat(VnDecimal.parse("1.000,25")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("1000.25"));
        assertThat(VnDecimal.parse("1.5")).isEmpty();
        assertThat(VnDecimal.parse("abc")).isEmpty();
        assertThat(VnDecimal.parse("")).isEmpty();
        assertThat(VnDecimal.parse(null)).isEmpty();
    }
}
