package vn.cds.baocao.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The audit log reads its lines page by page from the database (issue 10, item 6): no cut-off at 500 lines, filters
 * and sorting applied in the query. Its 520 lines are rolled back after each test.
 */
@CdsSpringTest
@Transactional
@WithUserDetails("admin")
class AuditLogViewTest extends SpringBrowserlessTest {

    private static final int LINES = 520;
    private static final String KEY = "TEST_AUDIT_PAGING_";

    @Autowired
    AdminAuditRepository entries;

    @Test
    @SuppressWarnings("unchecked")
    void everyLineOfAFilterIsReachableBeyondTheFiveHundredth() {
        writeLines();
        navigate(AuditLogView.class);
        test($(TextField.class).withLabel("Tìm trong nội dung").single()).setValue(KEY);
        Grid<AdminAuditEntry> grid = $(Grid.class).single();

        assertThat(test(grid).size()).isEqualTo(LINES);
        // newest first
        assertThat(test(grid).getRow(0).getObjectKey()).isEqualTo(key(LINES - 1));
        assertThat(test(grid).getRow(510).getObjectKey()).isEqualTo(key(LINES - 1 - 510));
        assertThat(test(grid).getRow(LINES - 1).getObjectKey()).isEqualTo(key(0));

        test($(TextField.class).withLabel("Người thực hiện").single()).setValue("test.audit.odd");
        assertThat(test(grid).size()).as("the actor filter, in the query").isEqualTo(LINES / 2);

        String csv = new String(GridCsv.csv(grid), StandardCharsets.UTF_8);
        assertThat(csv.lines().count()).as("a header and every line of the filter").isEqualTo(LINES / 2 + 1);
    }

    @Test
    @SuppressWarnings("unchecked")
    void sortingByAColumnSortsEveryPageInTheDatabase() {
        writeLines();
        navigate(AuditLogView.class);
        test($(TextField.class).withLabel("Tìm trong nội dung").single()).setValue(KEY);
        Grid<AdminAuditEntry> grid = $(Grid.class).single();
        Grid.Column<AdminAuditEntry> object = grid.getColumns().get(3);
        grid.sort(List.of(new GridSortOrder<>(object, SortDirection.ASCENDING)));

        // sorted page by page in memory (or not at all), row 510 would be another line
        assertThat(test(grid).getRow(0).getObjectKey()).isEqualTo(key(0));
        assertThat(test(grid).getRow(510).getObjectKey()).isEqualTo(key(510));

        grid.sort(List.of(new GridSortOrder<>(object, SortDirection.DESCENDING)));
        assertThat(test(grid).getRow(510).getObjectKey()).isEqualTo(key(LINES - 1 - 510));
    }

    private void writeLines() {
        LocalDateTime first = LocalDateTime.of(2020, 1, 1, 8, 0);
        List<AdminAuditEntry> lines = new ArrayList<>();
        for (int i = 0; i < LINES; i++) {
            // line i written i minutes after the first: newest first is the keys' reverse order
            lines.add(new AdminAuditEntry(first.plusMinutes(i), i % 2 == 1 ? "test.audit.odd" : "test.audit.even",
                    AuditAction.USER_DISABLE, key(i), null));
        }
        entries.saveAll(lines);
    }

    private static String key(int n) {
        return KEY + "%03d".formatted(n);
    }
}
