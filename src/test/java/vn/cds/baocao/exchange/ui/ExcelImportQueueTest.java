package vn.cds.baocao.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.exchange.service.WorkQueue;
import vn.cds.baocao.exchange.service.WorkQueue.Ticket;
import vn.cds.baocao.exchange.service.template.TemplateService;
import vn.cds.baocao.exchange.service.template.TemplateService.PeriodChoice;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.Refusals;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/**
 * While the server's places for heavy work are all taken (here by two long jobs held on a latch), a direct import
 * is refused with "Đang xử lý…", and an upload or a report generation on the screen waits in line, says so with
 * its position, and is done when its turn comes.
 */
@CdsSpringTest
class ExcelImportQueueTest extends SpringBrowserlessTest {

    private static final AtomicInteger UNITS = new AtomicInteger();

    @Autowired
    WorkQueue work;
    @Autowired
    TemplateService templates;
    @Autowired
    ReportFixture fixture;
    @Autowired
    ReportRepository reports;
    @Autowired
    SignIn signIn;

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Ticket<Boolean>> holders = new ArrayList<>();

    @AfterEach
    void freeThePlaces() throws Exception {
        release.countDown();
        for (Ticket<Boolean> holder : holders) {
            holder.result().get(30, TimeUnit.SECONDS);
        }
        // the places are free again for the other tests (each is freed just after its work completes)
        long until = System.currentTimeMillis() + 30_000;
        while ((work.running() > 0 || work.waiting() > 0) && System.currentTimeMillis() < until) {
            Thread.sleep(20);
        }
        assertThat(work.running()).isZero();
        signIn.out();
    }

    @Test
    @WithUserDetails("reviewer")
    void anUploadWaitsForAFreePlaceAndSaysSoWithItsPosition() throws Exception {
        String unit = "EXC_QUEUE_" + UNITS.incrementAndGet();
        String username = fixture.newUnitWithReporter(unit, "DISTRICT", null);
        ReportingPeriod period = fixture.freePeriod(unit);
        signIn.as(username);
        byte[] template = templates.unitTemplate(period.getId()).content();
        occupyEveryPlace();

        Refusals.assertRefused(() -> templates.importFile(period.getId(), "mau.xlsx", template),
                "exchange.work.busy", "Đang xử lý các tệp khác, vui lòng chờ trong giây lát rồi thử lại.");

        navigate(ExcelImportView.class);
        @SuppressWarnings("unchecked")
        Select<PeriodChoice> select = $(Select.class).id("import-period");
        select.setValue(select.getListDataView().getItems().filter(p -> p.id() == period.getId()).findFirst()
                .orElseThrow());
        test($(Upload.class).id("import-upload")).upload("mau-nhap.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template);
        MockVaadin.clientRoundtrip();
        assertThat($(Div.class).id("import-waiting").getElement().getTextRecursively())
                .isEqualTo("Đang xử lý, vui lòng chờ… Tệp của bạn đang xếp hàng (vị trí thứ 1).");
        assertThat(work.waiting()).isEqualTo(1);
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period)).as("not yet").isEmpty();

        release.countDown();
        long until = System.currentTimeMillis() + 30_000;
        while ($(Div.class).withId("import-success").all().isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat($(Div.class).id("import-success").getElement().getTextRecursively())
                .contains("Đã lưu số liệu thành bản nháp");
        assertThat($(Div.class).withId("import-waiting").all()).isEmpty();
        assertThat(reports.findByUnitAndPeriod(fixture.unit(unit), period).orElseThrow().getStatus())
                .isEqualTo(ReportStatus.DRAFT);
    }

    @Test
    @WithUserDetails("reviewer")
    void aReportGenerationWaitsInTheSameLine() throws Exception {
        navigate(ThematicReportView.class);
        occupyEveryPlace();
        com.vaadin.flow.component.button.Button generate = $(com.vaadin.flow.component.button.Button.class)
                .id("thematic-generate");
        test(generate).click();
        assertThat($(com.vaadin.flow.component.html.Span.class).id("thematic-step").getText())
                .isEqualTo("Đang xử lý, vui lòng chờ… Tệp của bạn đang xếp hàng (vị trí thứ 1).");
        assertThat(work.waiting()).isEqualTo(1);

        release.countDown();
        long until = System.currentTimeMillis() + 60_000;
        while (!generate.isEnabled() && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            MockVaadin.clientRoundtrip();
        }
        assertThat($(com.vaadin.flow.component.html.Span.class).id("thematic-step").getText())
                .startsWith("Đã tạo xong");
    }

    private void occupyEveryPlace() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            holders.add(work.submit(() -> {
                started.countDown();
                try {
                    return release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }));
        }
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(work.running()).isEqualTo(2);
    }
}
