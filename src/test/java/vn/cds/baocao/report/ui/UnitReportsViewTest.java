package vn.cds.baocao.report.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.report.service.UnitReportOverview;
import vn.cds.baocao.report.service.UnitReportOverview.PeriodRow;
import vn.cds.baocao.report.service.UnitReportOverview.Progress;
import vn.cds.baocao.report.service.UnitReportOverview.UnitReportFilter;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The reporter's list shows what the service decides: "Cần làm" first (its count on the tab), every period one tab
 * away with the year and status filters. Sở GD&ĐT's demo reporter; other tests may add reports of the unit, so the
 * expectations come from the service.
 */
@CdsSpringTest
@WithUserDetails("dv.so_gddt")
class UnitReportsViewTest extends SpringBrowserlessTest {

    @Autowired
    UnitReportOverview overview;

    private List<String> labels(Grid<PeriodRow> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(i -> tester.getCellText(i, 0)).toList();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theToDoGroupComesFirstAndEveryPeriodIsOneTabAwayWithFilters() {
        navigate(UnitReportsView.class);
        List<PeriodRow> toDo = overview.toDo();
        TabSheet tabs = $(TabSheet.class).id("unit-reports-tabs");
        assertThat(test(tabs).isSelected(0)).isTrue();
        assertThat(test(tabs).getTab(0).getLabel()).isEqualTo("Cần làm (" + toDo.size() + ")");
        assertThat(toDo).as("the demo has open periods the unit has not reported").isNotEmpty();

        Grid<PeriodRow> toDoGrid = $(Grid.class).id("unit-reports-todo");
        var toDoTester = test(toDoGrid);
        assertThat(labels(toDoGrid))
                .containsExactlyElementsOf(toDo.stream().map(row -> row.period().getLabel()).toList());
        assertThat(toDoTester.getCellText(0, 4)).as("the current period first, with its days left")
                .startsWith("Còn ");
        assertThat(toDoTester.getCellText(toDo.size() - 1, 4)).startsWith("Quá hạn ");

        test(tabs).select(1);
        Grid<PeriodRow> all = $(Grid.class).id("unit-reports-all");
        assertThat(test(all).size()).isEqualTo(overview.count(UnitReportFilter.any()));
        Select<Integer> year = $(Select.class).id("unit-reports-year");
        test(year).selectItem("2024");
        assertThat(labels(all)).isNotEmpty().allMatch(label -> label.endsWith("/2024"))
                .hasSize(overview.count(new UnitReportFilter(2024, null)));
        Select<Progress> status = $(Select.class).id("unit-reports-progress");
        test(status).selectItem("Đã duyệt");
        assertThat(labels(all)).as("the two approved seed reports of 2024")
                .containsExactly("Tháng 7/2024", "Tháng 3/2024");
    }
}
