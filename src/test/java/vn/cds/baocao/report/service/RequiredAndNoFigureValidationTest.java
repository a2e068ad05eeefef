package vn.cds.baocao.report.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.domain.AbstractEntity;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.ParsedValue;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.NoFigure;

/**
 * The "empty / required" part of {@link ReportValidator}: the period's flag decides, a no-figure mark with a reason
 * satisfies a required indicator, a mark without reason is refused with a clear message.
 */
class RequiredAndNoFigureValidationTest {

    private static final IndicatorSection SECTION = new IndicatorSection("T", "Thử", "Test", 1);
    private static final ReportingPeriod PERIOD = new ReportingPeriod(YearMonth.of(2026, 11), "2026-11",
            LocalDate.of(2026, 10, 21), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25));

    private final ReportValidator validator = new ReportValidator();
    private final Indicator payments = indicator(1, "nvtc_tx_day");
    private final Indicator teams = indicator(2, "commune_teams");

    @Test
    void anOptionalIndicatorMayBeLeftEmpty() {
        ValidationResult result = validate(Set.of(payments.getId()), Map.of(), Map.of(payments.getId(), number(3)));
        assertThat(result.issuesFor(teams.getId())).isEmpty();
        assertThat(result.hasErrors()).isFalse();
    }

    @Test
    void aRequiredIndicatorLeftEmptyIsRefusedEvenWhenTheIndicatorItselfIsOptional() {
        teams.setRequired(false); // the period's flag decides, not the indicator's
        ValidationResult result = validate(Set.of(payments.getId(), teams.getId()), Map.of(),
                Map.of(payments.getId(), number(3)));
        assertThat(result.issuesFor(teams.getId())).extracting(FieldIssue::messageKey).containsExactly("value.required");
    }

    @Test
    void aRequiredIndicatorIsSatisfiedByAMarkWithAReason() {
        ValidationResult result = validate(Set.of(payments.getId(), teams.getId()),
                Map.of(teams.getId(), new NoFigureMark(NoFigure.NOT_AVAILABLE, "Tỉnh không còn thu thập")),
                Map.of(payments.getId(), number(3)));
        assertThat(result.issues()).isEmpty();
    }

    @Test
    void aMarkWithoutReasonIsRefusedWithAClearMessage() {
        ValidationResult result = validate(Set.of(payments.getId(), teams.getId()),
                Map.of(teams.getId(), new NoFigureMark(NoFigure.NOT_OCCURRED, "   ")),
                Map.of(payments.getId(), number(3)));
        assertThat(result.issuesFor(teams.getId())).singleElement().satisfies(issue -> {
            assertThat(issue.isError()).isTrue();
            assertThat(issue.message(Messages.VIETNAMESE)).isEqualTo(
                    "Cần ghi lý do không có số liệu (bắt buộc khi nộp báo cáo).");
        });
    }

    private ValidationResult validate(Set<Long> required, Map<Long, NoFigureMark> marks,
                                      Map<Long, ParsedValue> values) {
        return validator.validate(new ReportValidator.Input(PERIOD, List.of(payments, teams), values, Set.of(),
                Map.of(), List.of(), true, required, marks));
    }

    private static ParsedValue number(long value) {
        return ParsedValue.of(BigDecimal.valueOf(value));
    }

    private static Indicator indicator(long id, String code) {
        Indicator indicator = new Indicator(code, SECTION, code, code, code, ValueType.COUNT, LocalDate.of(2020, 1, 1));
        try {
            Field field = AbstractEntity.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(indicator, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return indicator;
    }
}
