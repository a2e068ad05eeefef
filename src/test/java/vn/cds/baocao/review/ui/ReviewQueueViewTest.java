package vn.cds.baocao.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.support.CdsSpringTest;

/** The review queue names each report's period in the reader's language. */
@CdsSpringTest
@WithUserDetails("reviewer")
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    PeriodDirectory periods;

    @Test
    void thePeriodColumnIsInTheLanguageOfTheScreen() {
        assertThat(periodColumn()).as("the approved reports of the seed month").isNotEmpty()
                .containsOnly("Tháng 7/2024");

        UI.getCurrent().setLocale(Messages.ENGLISH);
        assertThat(periodColumn()).isNotEmpty().containsOnly("July 2024");
    }

    @SuppressWarnings("unchecked")
    private List<String> periodColumn() {
        navigate(ReviewQueueView.class);
        ReportingPeriod july2024 = periods.find(YearMonth.of(2024, 7)).orElseThrow();
        $(MultiSelectComboBox.class).single().setValue(Set.of(ReportStatus.APPROVED));
        $(ComboBox.class).withLabel(UI.getCurrent().getTranslation("period.label")).single().setValue(july2024);
        Grid<?> grid = $(Grid.class).single();
        List<String> names = new ArrayList<>();
        for (int row = 0; row < test(grid).size(); row++) {
            names.add(test(grid).getCellText(row, 1));
        }
        return names;
    }
}
