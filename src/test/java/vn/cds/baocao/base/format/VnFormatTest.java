package vn.cds.baocao.base.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class VnFormatTest {

    @Test
    void numbersUseDotsForThousandsAndCommaForDecimals() {
        assertThat(VnFormat.integer(new BigDecimal("1517"))).isEqualTo("1.517");
        assertThat(VnFormat.integer(new BigDecimal("2590659414"))).isEqualTo("2.590.659.414");
        assertThat(VnFormat.number(new BigDecimal("54.2000"), 2)).isEqualTo("54,2");
        assertThat(VnFormat.number(new BigDecimal("-3.75"), 1)).isEqualTo("-3,8");
        assertThat(VnFormat.integer(null)).isEmpty();
    }

    @Test
    void percentagesAsTheReportsPrintThem() {
        assertThat(VnFormat.percent(new BigDecimal("54.2"))).isEqualTo("54,20%");
        assertThat(VnFormat.percent(new BigDecimal("100.0000"))).isEqualTo("100%");
        assertThat(VnFormat.percent(new BigDecimal("98.7"))).isEqualTo("98,70%");
        assertThat(VnFormat.percent(new BigDecimal("0.005"))).isEqualTo("0,01%");
    }

    @Test
    void everyFigurePrintsOneWayByItsStyle() {
        assertThat(VnFormat.figure(NumberStyle.PERCENT, new BigDecimal("88.9"))).as("the review used to say 88,9 %")
                .isEqualTo("88,90%");
        assertThat(VnFormat.figure(NumberStyle.PERCENT, new BigDecimal("54.20"))).isEqualTo("54,20%");
        assertThat(VnFormat.figure(NumberStyle.PERCENT, new BigDecimal("100.0"))).isEqualTo("100%");
        assertThat(VnFormat.figure(NumberStyle.COUNT, new BigDecimal("1517.0000"))).isEqualTo("1.517");
        assertThat(VnFormat.figure(NumberStyle.MONEY, new BigDecimal("2590659414"))).isEqualTo("2.590.659.414");
        assertThat(VnFormat.figure(NumberStyle.MONEY, null)).isEmpty();
    }

    @Test
    void aFieldShowsTheSameDigitsWithoutThePercentSign() {
        assertThat(VnFormat.figureDigits(NumberStyle.PERCENT, new BigDecimal("88.9"))).isEqualTo("88,90");
        assertThat(VnFormat.figureDigits(NumberStyle.PERCENT, new BigDecimal("100"))).isEqualTo("100");
        assertThat(VnFormat.figureDigits(NumberStyle.COUNT, new BigDecimal("1517"))).isEqualTo("1.517");
    }

    @Test
    void percentagePointsAlwaysHaveTwoDecimalsAndATotalItsTablesOwn() {
        assertThat(VnFormat.points(new BigDecimal("12.5"))).isEqualTo("12,50");
        assertThat(VnFormat.points(new BigDecimal("100"))).isEqualTo("100,00");
        assertThat(VnFormat.percent(new BigDecimal("95.84"), 0)).isEqualTo("96%");
    }

    @Test
    void datesAsDayMonthYear() {
        assertThat(VnFormat.date(LocalDate.of(2024, 4, 2))).isEqualTo("02/04/2024");
        assertThat(VnFormat.dateTime(LocalDateTime.of(2024, 4, 2, 7, 5))).isEqualTo("02/04/2024 07:05");
    }
}
