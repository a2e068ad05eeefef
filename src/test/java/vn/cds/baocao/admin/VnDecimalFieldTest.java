package vn.cds.baocao.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.ui.form.VnDecimalField;

/** Numbers are typed the Vietnamese way: dot between thousands, comma before decimals. */
class VnDecimalFieldTest {

    @Test
    void parsesVietnameseNumbers() {
        assertThat(VnDecimalField.parse("1.517")).isEqualByComparingTo("1517");
        assertThat(VnDecimalField.parse("54,2")).isEqualByComparingTo("54.2");
        assertThat(VnDecimalField.parse("2.590.659.414")).isEqualByComparingTo("2590659414");
        assertThat(VnDecimalField.parse("1.234,56")).isEqualByComparingTo("1234.56");
        assertThat(VnDecimalField.parse("100")).isEqualByComparingTo(BigDecimal.valueOf(100));
        assertThat(VnDecimalField.parse("-3")).isEqualByComparingTo("-3");
    }

    @Test
    void refusesAmbiguousOrMalformedNumbers() {
        assertThat(VnDecimalField.parse("1,2,3")).isNull();
        assertThat(VnDecimalField.parse("15.17")).as("a dot only groups thousands").isNull();
        assertThat(VnDecimalField.parse("abc")).isNull();
        assertThat(VnDecimalField.parse("1.5170")).isNull();
    }
}
