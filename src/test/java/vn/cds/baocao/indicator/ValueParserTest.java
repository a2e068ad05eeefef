package vn.cds.baocao.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.ParsedValue;
import vn.cds.baocao.indicator.service.ValueParser;

/** The bad-input table: what a reporter may type, and the Vietnamese message for what cannot be accepted. */
class ValueParserTest {

    private static final IndicatorSection SECTION = new IndicatorSection("T", "Thử", "Test", 1);

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            PERCENT | 54,20        | 54.20
            PERCENT | 54,2%        | 54.2
            PERCENT | 100          | 100
            PERCENT | 0            | 0
            PERCENT | ' 96,5 '     | 96.5
            COUNT   | 1.517        | 1517
            COUNT   | 1517         | 1517
            COUNT   | 0            | 0
            MONEY   | 2.590.659.414 | 2590659414
            MONEY   | 2 590 659 414 | 2590659414
            PERCENT | ' 54,2 % '   | 54.2
            PERCENT | '54,2 %'     | 54.2
            COUNT   | '12 345'     | 12345
            COUNT   | ' 1.517 '    | 1517
            """)
    void acceptedValues(ValueType type, String typed, BigDecimal expected) {
        ParsedValue value = ValueParser.parse(indicator(type), typed);
        assertThat(value.isError()).as(value.errorKey()).isFalse();
        assertThat(value.number()).isEqualByComparingTo(expected);
    }

    @ParameterizedTest(name = "{0} \"{1}\" → {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            COUNT   | abc          | value.notANumber   | Không đọc được giá trị này
            COUNT   | 12a          | value.notANumber   | Không đọc được giá trị này
            COUNT   | 1e20         | value.notANumber   | Không đọc được giá trị này
            COUNT   | 12,5         | value.wholeNumber  | phải là số nguyên
            COUNT   | -1           | value.negative     | không được âm
            COUNT   | 1-1          | value.notANumber   | Không đọc được
            COUNT   | 1,2,3        | value.notANumber   | Không đọc được
            COUNT   | 1.5          | value.badFormat    | dấu chấm để phân cách hàng nghìn
            COUNT   | 12.34.567    | value.badFormat    | dấu phẩy cho phần thập phân
            COUNT   | 1000000001   | value.aboveMax     | tối đa 1.000.000.000
            PERCENT | 100,01       | value.aboveMax     | tối đa 100
            PERCENT | 54.20        | value.badFormat    | ví dụ 1.517 hoặc 54,20
            PERCENT | 54,205       | value.tooManyDecimals | tối đa 2 chữ số thập phân
            PERCENT | -0,5         | value.negative     | không được âm
            MONEY   | 100000000000000000000 | value.aboveMax | vượt quá giới hạn
            MONEY   | 1.000,50     | value.wholeNumber  | số nguyên
            PERCENT | 5 4          | value.spaceInNumber | khoảng trắng giữa các chữ số
            PERCENT | 54, 2        | value.spaceInNumber | khoảng trắng giữa các chữ số
            PERCENT | 54 ,2        | value.spaceInNumber | khoảng trắng giữa các chữ số
            COUNT   | 15 17        | value.spaceInNumber | ví dụ 54
            COUNT   | 1 5 1 7      | value.spaceInNumber | khoảng trắng
            MONEY   | 2 590 65 414 | value.spaceInNumber | khoảng trắng
            COUNT   | 1.517 000    | value.spaceInNumber | khoảng trắng
            COUNT   | - 5          | value.negative     | không được âm
            COUNT   | 5 abc        | value.notANumber   | Không đọc được
            """)
    void refusedValuesWithAClearVietnameseMessage(ValueType type, String typed, String key, String words) {
        ParsedValue value = ValueParser.parse(indicator(type), typed);
        assertThat(value.isError()).isTrue();
        assertThat(value.errorKey()).isEqualTo(key);
        assertThat(value.errorMessage(Messages.VIETNAMESE)).contains(words);
        assertThat(value.number()).as("nothing is clamped or rounded into a value").isNull();
    }

    @ParameterizedTest(name = "spaces pasted from Word or Excel: \"{0}\"")
    @ValueSource(strings = {"5\u00a04", "5\u202f4", "5\t4", "5\n4"})
    void everyKindOfSpaceBetweenDigitsIsRefused(String typed) {
        assertThat(ValueParser.parse(indicator(ValueType.PERCENT), typed).errorKey()).isEqualTo("value.spaceInNumber");
        assertThat(ValueParser.parse(indicator(ValueType.PERCENT), "\u00a054,2\u00a0%").number())
                .isEqualByComparingTo("54.2");
    }

    @ParameterizedTest(name = "empty \"{0}\"")
    @ValueSource(strings = {"", "   ", "\u00a0"})
    void emptyInputIsNoValue(String typed) {
        assertThat(ValueParser.parse(indicator(ValueType.COUNT), typed).isEmpty()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void tenThousandCharactersOfTextAreRefusedAndScriptIsKeptAsText() {
        Indicator text = indicator(ValueType.TEXT);
        assertThat(ValueParser.parse(text, "x".repeat(10_000)).errorKey()).isEqualTo("value.textTooLong");
        String script = "<script>alert('x')</script>";
        assertThat(ValueParser.parse(text, script).text()).isEqualTo(script);
    }

    @org.junit.jupiter.api.Test
    void spreadsheetNumbersFollowTheSameRules() {
        assertThat(ValueParser.check(indicator(ValueType.COUNT), new BigDecimal("12.5")).errorKey()).isEqualTo("value.wholeNumber");
        assertThat(ValueParser.check(indicator(ValueType.COUNT), new BigDecimal("12.000")).number()).isEqualByComparingTo("12");
        assertThat(ValueParser.check(indicator(ValueType.PERCENT), new BigDecimal("100.01")).errorKey()).isEqualTo("value.aboveMax");
        assertThat(ValueParser.check(indicator(ValueType.PERCENT), new BigDecimal("1E+20")).errorKey()).isEqualTo("value.aboveMax");
    }

    /** What is printed (and shown in the field) reads back as the same value: no digit invented or lost. */
    @ParameterizedTest(name = "{0} {1} → \"{2}\" / field \"{3}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            PERCENT | 88.9       | 88,90%        | 88,90
            PERCENT | 54.20      | 54,20%        | 54,20
            PERCENT | 100        | 100%          | 100
            COUNT   | 1517       | 1.517         | 1.517
            MONEY   | 2590659414 | 2.590.659.414 | 2.590.659.414
            """)
    void aFigurePrintsAsTheDashboardsPrintItAndReadsBack(ValueType type, String value, String printed, String field) {
        Indicator indicator = indicator(type);
        BigDecimal number = new BigDecimal(value);
        assertThat(ValueParser.display(indicator, number)).isEqualTo(printed);
        assertThat(ValueParser.inField(indicator, number)).isEqualTo(field);
        assertThat(ValueParser.parse(indicator, printed).number()).isEqualByComparingTo(number);
        assertThat(ValueParser.parse(indicator, field).number()).isEqualByComparingTo(number);
    }

    private static Indicator indicator(ValueType type) {
        Indicator indicator = new Indicator("t", SECTION, "Thử", "Thử", "Test", type, LocalDate.of(2020, 1, 1));
        indicator.setLowerBound(BigDecimal.ZERO);
        indicator.setUpperBound(switch (type) {
            case PERCENT -> BigDecimal.valueOf(100);
            case COUNT -> BigDecimal.valueOf(1_000_000_000);
            case MONEY -> new BigDecimal("1000000000000000");
            case TEXT -> null;
        });
        return indicator;
    }
}
