package vn.cds.baocao.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.cds.baocao.notification.domain.EmailStatus;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationRepository;
import vn.cds.baocao.notification.service.MailServer;
import vn.cds.baocao.notification.service.MailServerSettings;
import vn.cds.baocao.notification.service.NotificationJobs;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.report.domain.Report;
import vn.cds.baocao.report.domain.ReportAction;
import vn.cds.baocao.report.domain.ReportRepository;
import vn.cds.baocao.report.domain.ReportStatus;
import vn.cds.baocao.report.domain.event.ReportTransitioned;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.TestClock;

/**
 * E-mail copies against a real SMTP server (GreenMail on a free port, started by this class) and against a mail
 * server that is down or hangs: the action that caused the notification always completes, the in-app notification
 * is always stored, the outcome is recorded, and the retry job delivers once the server is back.
 *
 * <p>The suite shares one Spring context, so the test does not change {@code spring.mail.*}: it points
 * {@link MailServerSettings} at its server before each test and back at the configuration (none) after.
 */
@CdsSpringTest
class NotificationMailTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static GreenMail smtp;

    @Autowired
    ApplicationEventPublisher publisher;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    NotificationRepository notifications;
    @Autowired
    AppUserRepository users;
    @Autowired
    UnitRepository units;
    @Autowired
    ReportRepository reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MailServerSettings mailServer;
    @Autowired
    NotificationJobs jobs;
    @Autowired
    TestClock clock;

    NotificationTestData data;

    @BeforeAll
    static void startSmtpServer() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
    }

    @AfterAll
    static void stopSmtpServer() {
        smtp.stop();
    }

    @BeforeEach
    void setUp() throws Exception {
        data = new NotificationTestData(publisher, transactionManager, notifications, users, jdbc);
        smtp.purgeEmailFromAllMailboxes();
        mailServer.pointAt(MailServer.plain("127.0.0.1", smtp.getSmtp().getPort()));
        releaseJobLocks();
    }

    @AfterEach
    void tearDown() {
        mailServer.useConfigured();
        clock.reset();
        releaseJobLocks();
    }

    @Test
    void anApprovalReachesTheReporterByMailInVietnamese() throws Exception {
        Report report = seedReport("UBND_BU_DANG");
        long mark = data.mark();

        data.publishCommitted(approve(report));

        Notification notification = single(data.since(mark));
        await().atMost(WAIT).until(() -> status(notification) == EmailStatus.SENT);
        MimeMessage mail = mailTo("dv.ubnd_bu_dang@demo.cds.local");
        assertThat(mail.getSubject()).isEqualTo("[CĐS Báo cáo] Báo cáo đã được phê duyệt: "
                + report.getUnit().getFullName() + ", " + report.getPeriod().getLabel());
        assertThat(mail.getFrom()[0].toString()).contains("no-reply@localhost");
        String body = (String) mail.getContent();
        assertThat(body).startsWith("Kính gửi " + data.user("dv.ubnd_bu_dang").getFullName() + ",")
                .contains("Báo cáo " + report.getPeriod().getLabel() + " của " + report.getUnit().getFullName()
                        + " đã được Trần Thị Thẩm Định phê duyệt.")
                .contains("Vui lòng không trả lời thư này.");

        Notification stored = notifications.findById(notification.getId()).orElseThrow();
        assertThat(stored.getEmailAddress()).isEqualTo("dv.ubnd_bu_dang@demo.cds.local");
        assertThat(stored.getEmailSentAt()).isEqualTo(TestClock.DEFAULT_NOW);
        assertThat(stored.getEmailAttempts()).isEqualTo(1);
        assertThat(stored.getEmailError()).isNull();
    }

    @Test
    void aSubmissionIsMailedToEveryReviewerOnce() {
        Report report = seedReport("SO_KHDT");
        long mark = data.mark();

        data.publishCommitted(new ReportTransitioned(report.getId(), report.getUnit().getId(),
                report.getPeriod().getId(), ReportAction.SUBMIT, ReportStatus.DRAFT, ReportStatus.SUBMITTED,
                "dv.so_khdt", null, NotificationTestData.now()));

        List<Notification> made = data.since(mark);
        assertThat(made).hasSize(data.enabled(Role.REVIEWER, null).size());
        await().atMost(WAIT).until(() -> made.stream().allMatch(n -> status(n) == EmailStatus.SENT));
        // the retry job (which also retries other tests' failed e-mails) does not send these a second time
        clock.advance(Duration.ofHours(1));
        jobs.retryEmails();
        List<String> toldOfThisSubmission = Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> subject(m).endsWith(report.getUnit().getFullName() + ", " + report.getPeriod().getLabel()))
                .map(NotificationMailTest::recipient).toList();
        assertThat(toldOfThisSubmission).contains("reviewer@demo.cds.local").hasSize(made.size())
                .doesNotHaveDuplicates();
    }

    @Test
    void aMailServerThatIsDownFailsNeitherTheActionNorTheInAppNotificationAndTheRetryDeliversLater()
            throws Exception {
        mailServer.pointAt(MailServer.plain("127.0.0.1", closedPort()));
        Report report = seedReport("SO_NGOAI_VU");
        long mark = data.mark();

        data.publishCommitted(approve(report)); // returns normally: the approval stands

        Notification notification = single(data.since(mark));
        assertThat(notification.getType().name()).isEqualTo("REPORT_APPROVED");
        await().atMost(WAIT).until(() -> status(notification) == EmailStatus.FAILED);
        Notification failed = notifications.findById(notification.getId()).orElseThrow();
        assertThat(failed.getEmailError()).contains("ConnectException").doesNotContain("\n");
        assertThat(failed.getEmailAttempts()).isEqualTo(1);
        assertThat(failed.getEmailSentAt()).isNull();

        // the server is back: the retry job (every few minutes) sends what failed
        mailServer.pointAt(MailServer.plain("127.0.0.1", smtp.getSmtp().getPort()));
        jobs.retryEmails();
        assertThat(status(notification)).as("too early: retry-after has not passed").isEqualTo(EmailStatus.FAILED);
        releaseJobLocks();
        clock.advance(Duration.ofMinutes(11));
        releaseJobLocks();
        assertThat(jobs.retryEmails()).get().satisfies(tried -> assertThat(tried).isGreaterThanOrEqualTo(1));
        assertThat(status(notification)).isEqualTo(EmailStatus.SENT);
        assertThat(notifications.findById(notification.getId()).orElseThrow().getEmailAttempts()).isEqualTo(2);
        assertThat(mailTo("dv.so_ngoai_vu@demo.cds.local").getSubject()).contains("Báo cáo đã được phê duyệt");
    }

    @Test
    void aMailServerThatDoesNotAnswerDoesNotHoldUpTheAction() throws Exception {
        Report report = seedReport("SO_TAI_CHINH");
        long mark = data.mark();
        Notification notification;
        try (ServerSocket silent = new ServerSocket(0)) { // accepts connections, never greets
            mailServer.pointAt(MailServer.plain("127.0.0.1", silent.getLocalPort()));

            data.publishCommitted(approve(report));

            // the action has returned and its notification is stored, while the e-mail is still being sent: the
            // sender waits for the silent server's greeting (until the 10 s timeout or the server closes)
            notification = single(data.since(mark));
            await().atMost(WAIT).until(() -> status(notification) == EmailStatus.SENDING);
            assertThat(notifications.findById(notification.getId()).orElseThrow().getEmailSentAt()).isNull();
        }
        await().atMost(WAIT).until(() -> status(notification) == EmailStatus.FAILED);
    }

    @Test
    void aRecipientWithoutAnAddressGetsTheInAppNotificationOnly() {
        Unit unit = units.findByCode("UBND_PHU_RIENG").orElseThrow();
        AppUser noAddress = new AppUser("test.notify.noemail", "not-a-login", "Cán bộ chưa có thư điện tử",
                NotificationTestData.now());
        noAddress.setUnit(unit);
        noAddress.getRoles().add(Role.REPORTER);
        users.save(noAddress);
        try {
            Report report = seedReport("UBND_PHU_RIENG");
            long mark = data.mark();

            data.publishCommitted(approve(report));

            List<Notification> made = data.since(mark);
            assertThat(data.recipients(made)).containsExactly("dv.ubnd_phu_rieng", "test.notify.noemail");
            Notification toNoAddress = made.stream().filter(n -> n.getRecipientId() == noAddress.getId())
                    .findFirst().orElseThrow();
            assertThat(toNoAddress.getEmailStatus()).isEqualTo(EmailStatus.NOT_SENT);
            await().atMost(WAIT).until(() -> made.stream().filter(n -> n != toNoAddress)
                    .allMatch(n -> status(n) == EmailStatus.SENT));
            assertThat(recipientsOfMailAbout(unit.getFullName())).containsExactly("dv.ubnd_phu_rieng@demo.cds.local");
        } finally {
            users.delete(noAddress);
        }
    }

    /** Ends the jobs' ShedLock locks (they are held at least a minute after a run). */
    private void releaseJobLocks() {
        jdbc.update("update shedlock set lock_until = '2000-01-01' where name like 'notification-%'");
    }

    private Report seedReport(String unitCode) {
        Unit unit = units.findByCode(unitCode).orElseThrow();
        return reports.findByUnit(unit).stream().findFirst().orElseThrow();
    }

    private static ReportTransitioned approve(Report report) {
        return new ReportTransitioned(report.getId(), report.getUnit().getId(), report.getPeriod().getId(),
                ReportAction.APPROVE, ReportStatus.SUBMITTED, ReportStatus.APPROVED, "reviewer", null,
                NotificationTestData.now());
    }

    private EmailStatus status(Notification notification) {
        return notifications.findById(notification.getId()).orElseThrow().getEmailStatus();
    }

    private static Notification single(List<Notification> made) {
        assertThat(made).hasSize(1);
        return made.getFirst();
    }

    private static MimeMessage mailTo(String address) throws Exception {
        for (MimeMessage message : smtp.getReceivedMessages()) {
            if (Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .anyMatch(a -> a.toString().equals(address))) {
                return message;
            }
        }
        throw new AssertionError("no e-mail to " + address);
    }

    private static List<String> recipientsOfMailAbout(String unitName) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains(unitName))
                .map(NotificationMailTest::recipient).toList();
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on: connections are refused, like a mail server that is down. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
