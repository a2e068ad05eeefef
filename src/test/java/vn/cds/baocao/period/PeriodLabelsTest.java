package vn.cds.baocao.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.period.domain.PeriodLabels;
import vn.cds.baocao.period.service.PeriodService;

/** A period's name per language: the Vietnamese one byte-identical to what the documents print. */
class PeriodLabelsTest {

    private static final YearMonth APRIL_2024 = YearMonth.of(2024, 4);

    @Test
    void vietnameseIsTheNameTheDocumentsUse() {
        assertThat(PeriodLabels.of(APRIL_2024, Messages.VIETNAMESE)).isEqualTo("Tháng 4/2024");
        assertThat(PeriodLabels.of(YearMonth.of(2022, 12), Messages.VIETNAMESE)).isEqualTo("Tháng 12/2022");
        assertThat(PeriodService.label(APRIL_2024)).isEqualTo("Tháng 4/2024");
    }

    @Test
    void englishNamesTheMonth() {
        assertThat(PeriodLabels.of(APRIL_2024, Messages.ENGLISH)).isEqualTo("April 2024");
        assertThat(PeriodLabels.of(APRIL_2024, Locale.US)).isEqualTo("April 2024");
    }

    @Test
    void aNameAsAnArgumentIsWrittenInTheMessagesLanguage() {
        Object name = PeriodLabels.name(APRIL_2024);
        assertThat(Messages.get(Messages.ENGLISH, "workflow.periodClosed", name)).contains("April 2024");
        assertThat(Messages.get(Messages.VIETNAMESE, "workflow.periodClosed", name)).contains("Tháng 4/2024");
    }
}
