package vn.cds.baocao.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.PeriodRef;
import vn.cds.baocao.analytics.service.RankingService.RankedRow;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.shell.ui.AccessDeniedView;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReferenceData;

/** The leaders' dashboard without a browser: tables, totals, filter, highlights, ranking. */
@CdsSpringTest
class DashboardViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("leader")
    void julyShowsTheDvcTableWithItsTotalsAndHighlights() {
        open(Map.of("ky", "2024-07"));
        @SuppressWarnings("unchecked")
        ComboBox<PeriodRef> period = $(ComboBox.class).id("period");
        assertThat(period.getValue().label()).isEqualTo("Tháng 7/2024");
        period.clear();
        assertThat(period.getValue().label()).as("a period is always chosen").isEqualTo("Tháng 7/2024");

        Grid<TablesPanel.Line> dvc = grid("bang-dvc");
        assertThat(test(dvc).size()).isEqualTo(27);
        for (int row = 0; row < 27; row++) {
            assertThat(ReferenceData.unitCodes()).as("a reference unit").contains(test(dvc).getRow(row).row().unit().code());
        }
        assertThat(test(dvc).getCellText(0, 1)).isEqualTo("Sở GD&ĐT");
        assertThat(test(dvc).getCellText(2, 5)).isEqualTo("48,10%");
        assertThat(test(dvc).getCellText(2, 6)).isEqualTo("Không đạt");
        assertThat(test(dvc).getCellText(2, 7)).isEqualTo("Tăng 24,1%");
        assertThat(footer(dvc.getFooterRows().getFirst(), dvc))
                .containsExactly("", "TỔNG", "96%", "Đạt", "", "78%", "Đạt", "");
        assertThat(texts(ListItem.class)).anyMatch(t -> t.startsWith("Đơn vị chưa đạt chỉ tiêu (≥ 80%)"));

        Grid<TablesPanel.Line> payments = grid("bang-payments");
        assertThat(payments.getFooterRows()).hasSize(2);
        assertThat(footer(payments.getFooterRows().get(1), payments)).contains("Tổng Thuế và Phí, lệ phí",
                "16.179.330.611", "122.723.815.963");
        assertThat(texts(Span.class)).contains("Tải CSV");
    }

    @Test
    @WithUserDetails("leader")
    void filteringByUnitTypeKeepsOnlyThoseUnits() {
        open(Map.of("ky", "2024-07"));
        @SuppressWarnings("unchecked")
        Select<String> type = $(Select.class).id("unit-type");
        test(type).selectItem("UBND huyện, thị xã, thành phố");
        Grid<TablesPanel.Line> dvc = grid("bang-dvc");
        List<String> shown = new ArrayList<>();
        for (int row = 0; row < test(dvc).size(); row++) {
            shown.add(test(dvc).getRow(row).row().unit().code());
        }
        assertThat(shown).as("the province's 11 districts")
                .containsExactlyInAnyOrderElementsOf(ReferenceData.unitCodes("DISTRICT"));
        assertThat(footer(dvc.getFooterRows().getFirst(), dvc)).contains("91%");
    }

    @Test
    @WithUserDetails("reviewer")
    void theRankingTabRanksTheUnitsAndDrawsAChart() {
        open(Map.of("ky", "2024-07", "tab", "xep-hang"));
        TabSheet tabs = $(TabSheet.class).single();
        assertThat(tabs.getSelectedIndex()).isEqualTo(1);
        CdsChart chart = $(CdsChart.class).id("ranking-chart");
        assertThat(chart.getElement().getPropertyRaw("spec")).isNotNull();
        @SuppressWarnings("unchecked")
        Grid<RankedRow> ranking = $(Grid.class).last();
        RankedRow last = test(ranking).getRow(test(ranking).size() - 1);
        // Phú Riềng's 63,6 % is the lowest DVC rate of the period
        assertThat(last.unit().code()).isEqualTo("UBND_PHU_RIENG");
        assertThat(last.bottom()).isTrue();
        assertThat(test(ranking).getRow(0).rank()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("leader")
    void theCompositeTabExplainsTheMethod() {
        open(Map.of("ky", "2024-07", "tab", "xep-hang-tong-hop"));
        assertThat(texts(com.vaadin.flow.component.html.Paragraph.class))
                .anyMatch(t -> t.startsWith("Mỗi chỉ tiêu có trọng số được quy về thang điểm 0–100"))
                .anyMatch(t -> t.contains("ít nhất 50%"));
        CdsChart chart = $(CdsChart.class).id("composite-chart");
        assertThat(chart.getElement().getPropertyRaw("spec")).as("bars of the ranked units' scores").asString()
                .contains("\"kind\":\"hbar\"", "\"valueType\":\"SCORE\"", "\"1. ");
    }

    @Test
    @WithUserDetails("leader")
    void theTrendTabDrawsTheChosenUnitsAndTheMean() {
        open(Map.of("ky", "2024-07", "tab", "xu-huong"));
        CdsChart chart = $(CdsChart.class).id("trend-chart");
        assertThat(chart.getElement().getPropertyRaw("spec")).isNotNull();
    }

    @Test
    @WithUserDetails("reporter")
    void reportersAreRefused() {
        UI.getCurrent().navigate("tong-quan");
        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    @Test
    @WithUserDetails("leader")
    void theEnglishDashboardNamesThePeriodsInEnglish() {
        open(Map.of("ky", "2024-07"));
        assertThat(periodItem()).startsWith("Tháng 7/2024 · ");
        assertThat(changeHeaders()).contains("So với Tháng 3/2024");

        UI.getCurrent().setLocale(Messages.ENGLISH);
        open(Map.of("ky", "2024-07"));
        assertThat(periodItem()).startsWith("July 2024 · ");
        assertThat(changeHeaders()).contains("Vs March 2024");
    }

    @Test
    @WithUserDetails("leader")
    void hiddenChangeColumnsAreNotBuiltAndComeBackWithTheirFigures() {
        open(Map.of("ky", "2024-07"));
        assertThat(changeHeaders()).contains("So với Tháng 3/2024");
        Checkbox changes = $(Checkbox.class).all().stream()
                .filter(c -> "Hiện cột so với kỳ trước".equals(c.getLabel())).findFirst().orElseThrow();
        test(changes).click();
        assertThat(changeHeaders()).noneMatch(h -> h.startsWith("So với Tháng"));
        assertThat(grid("bang-dvc").getColumns()).as("only the shown columns exist").hasSize(6)
                .allMatch(Grid.Column::isVisible);
        assertThat(test(grid("bang-dvc")).getCellText(2, 4)).as("the value column moved left").isEqualTo("48,10%");

        test(changes).click();
        assertThat(changeHeaders()).contains("So với Tháng 3/2024");
        assertThat(test(grid("bang-dvc")).getCellText(2, 7)).isEqualTo("Tăng 24,1%");
    }

    @SuppressWarnings("unchecked")
    private String periodItem() {
        ComboBox<PeriodRef> period = $(ComboBox.class).id("period");
        return period.getItemLabelGenerator().apply(period.getValue());
    }

    private List<String> changeHeaders() {
        return grid("bang-dvc").getColumns().stream()
                .map(c -> c.getHeaderComponent() != null ? text(c.getHeaderComponent()) : c.getHeaderText()).toList();
    }

    @Test
    @WithUserDetails("leader")
    void onlyTheFirstTableIsBuiltBeforeTheBrowserScrollsNearTheOthers() {
        open(Map.of("ky", "2024-07"));
        List<BuiltWhenNear> later = $(BuiltWhenNear.class).all();
        assertThat(later).as("every table after the first waits").isNotEmpty().noneMatch(BuiltWhenNear::built);
        assertThat($(Grid.class).all()).as("only the first table's grid exists").hasSize(1);
        VerticalLayout payments = $(VerticalLayout.class).id("bang-payments");
        assertThat(texts(Span.class)).as("every table's CSV link is there at once").filteredOn("Tải CSV"::equals)
                .hasSize(later.size() + 1);

        payments.getChildren().filter(BuiltWhenNear.class::isInstance).map(BuiltWhenNear.class::cast)
                .forEach(BuiltWhenNear::near);
        assertThat($(Grid.class).all()).hasSize(2);
        assertThat(test(grid("bang-payments")).size()).isPositive();
    }

    @Test
    @WithUserDetails("leader")
    void theWidestTableOfTheReportStaysWholeInOneGrid() {
        open(Map.of("ky", "2024-03"));
        Grid<TablesPanel.Line> payments = grid("bang-payments");
        // 12 indicators in 3/2024 (day, month and year to date; NVTC and fees; transactions and amounts)
        assertThat(payments.getColumns()).hasSizeGreaterThanOrEqualTo(2 + 12);
        assertThat($(Select.class).all()).extracting(select -> select.getId().orElse(""))
                .noneMatch(id -> id.endsWith("-chi-so"));
    }

    private void open(Map<String, String> parameters) {
        UI.getCurrent().navigate(PeriodOverviewView.class, QueryParameters.simple(parameters));
        assertThat(getCurrentView()).isInstanceOf(PeriodOverviewView.class);
    }

    @SuppressWarnings("unchecked")
    private Grid<TablesPanel.Line> grid(String sectionId) {
        VerticalLayout section = $(VerticalLayout.class).id(sectionId);
        // what the browser does when the table comes near the viewport (the first table is built at once)
        section.getChildren().filter(BuiltWhenNear.class::isInstance).map(BuiltWhenNear.class::cast)
                .forEach(BuiltWhenNear::near);
        return (Grid<TablesPanel.Line>) descendants(section).filter(Grid.class::isInstance).findFirst()
                .orElseThrow();
    }

    private static java.util.stream.Stream<Component> descendants(Component component) {
        return component.getChildren().flatMap(child -> java.util.stream.Stream.concat(
                java.util.stream.Stream.of(child), child instanceof Grid ? java.util.stream.Stream.empty()
                        : descendants(child)));
    }

    private static List<String> footer(FooterRow row, Grid<?> grid) {
        return grid.getColumns().stream().filter(Grid.Column::isVisible).map(c -> row.getCell(c).getComponent() != null
                ? text(row.getCell(c).getComponent()) : Objects.requireNonNullElse(row.getCell(c).getText(), ""))
                .toList();
    }

    private static String text(Component component) {
        if (component == null) {
            return "";
        }
        String own = component.getElement().getText();
        return own + component.getChildren().map(DashboardViewTest::text).reduce("", String::concat);
    }


    private <T extends Component> List<String> texts(Class<T> type) {
        return $(type).all().stream().map(c -> c.getElement().getTextRecursively()).toList();
    }
}
