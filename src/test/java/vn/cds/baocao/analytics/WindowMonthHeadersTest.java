package vn.cds.baocao.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.analytics.service.ColumnSpec;
import vn.cds.baocao.analytics.service.PeriodTableService;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.period.domain.ReportingPeriodRepository;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * The payments columns are named by the month of the period's data window, as the reports print them: Tháng
 * 3/2024 (21/3–20/4/2024) heads them "Tháng 4/2024", Tháng 7/2024 (22/7–20/8/2024) "Tháng 8/2024" (printed
 * "Tháng 08/2024", file 004 line 4834), never "trong tháng".
 */
@CdsSpringTest
class WindowMonthHeadersTest {

    @Autowired
    PeriodTableService tables;
    @Autowired
    ReportingPeriodRepository periods;

    @Test
    @WithUserDetails("leader")
    void theMonthPaymentColumnsNameTheMonthOfTheDataWindow() {
        assertThat(column(2024, 3, "nvtc_tx_month", Messages.VIETNAMESE).header()).isEqualTo("NVTC Tháng 4/2024: số GD");
        ColumnSpec july = column(2024, 7, "fee_amount_month", Messages.VIETNAMESE);
        assertThat(july.header()).isEqualTo("Phí, lệ phí Tháng 8/2024: số tiền");
        assertThat(july.name()).isEqualTo("Thanh toán phí, lệ phí trực tuyến Tháng 8/2024: số tiền");
        assertThat(column(2024, 7, "nvtc_tx_month", Messages.ENGLISH).header())
                .isEqualTo("Online tax (NVTC) payment transactions in August 2024");
        assertThat(column(2024, 7, "nvtc_tx_ytd", Messages.VIETNAMESE).header())
                .as("other columns keep their names").isEqualTo("NVTC từ đầu năm: số GD");
    }

    private ColumnSpec column(int year, int month, String code, Locale locale) {
        long periodId = periods.findByYearAndMonth(year, month).orElseThrow().getId();
        return tables.tables(periodId, null, locale).section("PAYMENTS").orElseThrow().columns().stream()
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
