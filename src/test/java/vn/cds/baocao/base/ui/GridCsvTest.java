package vn.cds.baocao.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A grid as the user sees it becomes CSV: visible headed columns, sorted rows, text of component columns. */
class GridCsvTest {

    record Person(String name, int reports, String role) {
    }

    @Test
    void visibleHeadedColumnsInOrderWithComponentTextAndFormulaNeutralised() {
        Grid<Person> grid = new Grid<>();
        grid.addColumn(Person::name).setHeader("Họ và tên");
        grid.addColumn(p -> p.reports()).setHeader("Số báo cáo").setComparator(Person::reports);
        grid.addComponentColumn(p -> new Span(p.role())).setHeader(new Span("Vai trò"));
        grid.addColumn(p -> "ẩn").setHeader("Cột ẩn").setVisible(false);
        grid.addComponentColumn(p -> new Button("Sửa"));
        grid.setItems(List.of(new Person("Nguyễn Văn A", 3, "Cán bộ báo cáo"),
                new Person("=HYPERLINK(\"x\")", 1, "Lãnh đạo, Ban Chỉ đạo")));

        String csv = new String(GridCsv.csv(grid), StandardCharsets.UTF_8);

        assertThat(csv).startsWith("\uFEFFHọ và tên,Số báo cáo,Vai trò\r\nNguyễn Văn A,3,");
        grid.sort(com.vaadin.flow.component.grid.GridSortOrder.asc(grid.getColumns().get(1)).build());
        csv = new String(GridCsv.csv(grid), StandardCharsets.UTF_8);
        assertThat(csv).as("rows in the order the grid shows them").isEqualTo("\uFEFFHọ và tên,Số báo cáo,Vai trò\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",1,\"Lãnh đạo, Ban Chỉ đạo\"\r\n"
                + "Nguyễn Văn A,3,Cán bộ báo cáo\r\n");
    }
}
