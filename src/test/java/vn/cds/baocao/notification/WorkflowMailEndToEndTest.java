package vn.cds.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.cds.baocao.notification.domain.EmailStatus;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.notification.domain.NotificationType;
import vn.cds.baocao.notification.service.MailServer;
import vn.cds.baocao.notification.service.MailServerSettings;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.service.ReportForm;
import vn.cds.baocao.report.service.ReportWorkflowService;
import vn.cds.baocao.review.service.ReviewService;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.ReportFixture;
import vn.cds.baocao.support.SignIn;

/** The real workflow with the notifications: mails reach reviewer and reporter; a dead mail server fails nothing. */
@CdsSpringTest
class WorkflowMailEndToEndTest {

    private static GreenMail smtp;

    @Autowired
    ReportFixture fixture;
    @Autowired
    SignIn signIn;
    @Autowired
    ReportWorkflowService workflow;
    @Autowired
    ReviewService review;
    @Autowired
    ReportRepository reports;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    MailServerSettings mailServer;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void startSmtpServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @AfterEach
    void tearDown() {
        mailServer.useConfigured();
        signIn.out();
    }

    @Test
    void submitMailsTheReviewersAndReturnMailsTheReporterWithTheReason() throws Exception {
        mailServer.pointAt(MailServer.plain("127.0.0.1", smtp.getSmtp().getPort()));
        ReportingPeriod period = fixture.freePeriod("SO_LDTBXH");
        signIn.as("dv.so_ldtbxh");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, fixture.validInputs("SO_LDTBXH", period));
        long mark = mark();
        workflow.submit(draft.reportId(), draft.version());

        signIn.as("reviewer");
        workflow.returnReport(draft.reportId(), review.details(draft.reportId()).version(),
                "Số liệu thanh toán trực tuyến chưa khớp.", java.util.Map.of());

        List<Notification> made = since(mark);
        assertThat(made).extracting(Notification::getType)
                .contains(NotificationType.REPORT_SUBMITTED, NotificationType.REPORT_RETURNED);
        await().atMost(Duration.ofSeconds(30)).until(() -> since(mark).stream()
                .allMatch(n -> n.getEmailStatus() == EmailStatus.SENT));
        assertThat(smtp.getReceivedMessages()).anySatisfy(m -> {
            assertThat(m.getAllRecipients()[0].toString()).isEqualTo("dv.so_ldtbxh@demo.cds.local");
            assertThat((String) m.getContent()).contains("Lý do: Số liệu thanh toán trực tuyến chưa khớp.");
        });
        assertThat(smtp.getReceivedMessages()).anySatisfy(m ->
                assertThat(m.getAllRecipients()[0].toString()).isEqualTo("reviewer@demo.cds.local"));
    }

    @Test
    void aMailServerThatIsDownDoesNotFailAnApproval() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        mailServer.pointAt(MailServer.plain("127.0.0.1", deadPort));
        ReportingPeriod period = fixture.freePeriod("SO_NNPTNT");
        signIn.as("dv.so_nnptnt");
        ReportForm draft = workflow.saveDraft(period.getId(), -1, fixture.validInputs("SO_NNPTNT", period));
        workflow.submit(draft.reportId(), draft.version());
        long mark = mark();

        signIn.as("reviewer");
        workflow.approve(draft.reportId(), review.details(draft.reportId()).version());

        assertThat(reports.findById(draft.reportId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.APPROVED);
        Notification approved = since(mark).stream().filter(n -> n.getType() == NotificationType.REPORT_APPROVED)
                .findFirst().orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() ->
                notifications.findById(approved.getId()).orElseThrow().getEmailStatus() == EmailStatus.FAILED);
        assertThat(reports.findById(draft.reportId()).orElseThrow().getStatus()).isEqualTo(ReportStatus.APPROVED);
    }

    private long mark() {
        Long max = jdbc.queryForObject("select coalesce(max(id), 0) from notification", Long.class);
        return max == null ? 0 : max;
    }

    private List<Notification> since(long mark) {
        return notifications.findAll().stream().filter(n -> n.getId() > mark).toList();
    }
}
