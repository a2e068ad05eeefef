package vn.cds.baocao.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.cds.baocao.support.Refusals.assertRefused;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.bulletin.domain.BulletinAction;
import vn.cds.baocao.bulletin.domain.BulletinStatus;
import vn.cds.baocao.bulletin.domain.SectionKind;
import vn.cds.baocao.bulletin.service.BulletinComposer;
import vn.cds.baocao.bulletin.service.BulletinDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.HighlightDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.ItemDraft;
import vn.cds.baocao.bulletin.service.BulletinDraft.SectionDraft;
import vn.cds.baocao.bulletin.service.BulletinReader;
import vn.cds.baocao.bulletin.service.BulletinWorkflow;
import vn.cds.baocao.bulletin.service.BulletinWorkflow.HistoryLine;
import vn.cds.baocao.bulletin.service.render.BulletinContent;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodDirectory;
import vn.cds.baocao.support.CdsSpringTest;
import vn.cds.baocao.support.DemoAccounts;
import vn.cds.baocao.support.SignIn;

/**
 * The bulletin's workflow and permissions in the service layer: a reviewer composes and submits, the head of the
 * standing agency publishes (never the one who submitted), a published bulletin is locked and corrected as a new
 * edition, leaders read only what was published, reporters nothing; stale or concurrent saves never overwrite.
 * Rolled back where it can be; the tests that must commit (concurrency, notifications) use Tháng 5/2024, which no
 * other test gives a bulletin, and delete what they made.
 */
@CdsSpringTest
class BulletinWorkflowTest {

    private static final YearMonth SEED_MONTH = YearMonth.of(2024, 7);
    private static final YearMonth COMMITTED_MONTH = YearMonth.of(2024, 5);

    @Autowired
    BulletinComposer composer;
    @Autowired
    BulletinWorkflow workflow;
    @Autowired
    BulletinReader reader;
    @Autowired
    PeriodDirectory periods;
    @Autowired
    BulletinAccounts accounts;
    @Autowired
    SignIn signIn;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void accounts() {
        accounts.ensure();
    }

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void aReviewerComposesAPublisherPublishesAndLeadersReadOnlyWhatWasPublished() {
        rolledBack(() -> {
            signIn.as(DemoAccounts.REVIEWER);
            long id = composer.create(period(SEED_MONTH).getId());
            BulletinDraft draft = composer.draft(id);
            assertThat(draft.status()).isEqualTo(BulletinStatus.DRAFT);
            assertThat(draft.sections()).extracting(SectionDraft::kind).containsExactly(SectionKind.SHARING,
                    SectionKind.ACTIVITIES, SectionKind.DIRECTIVES, SectionKind.STATISTICS);
            assertThat(draft.sections()).extracting(SectionDraft::heading).containsExactly(
                    "GÓC CHIA SẺ KINH NGHIỆM, GIẢI PHÁP", "HOẠT ĐỘNG CHUYỂN ĐỔI SỐ", "VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH",
                    "SỐ LIỆU THỐNG KÊ");
            assertThat(draft.number()).isEqualTo(7);
            assertThat(draft.numberPreview()).isEqualTo("07/BC-SKHCN");
            assertThat(draft.opening()).contains("Cơ quan Thường trực");

            BulletinDraft saved = composer.save(withItems(draft, SectionKind.SHARING,
                    item("Các tỉnh Đông Nam Bộ tập trung chuyển đổi số", "Năm 2023, **Tỉnh ủy**, UBND các tỉnh …"),
                    item("Lấy sự hài lòng của người dân làm thước đo", "CĐS đang là *xu thế* của thời đại.")));
            composer.save(saved); // what a save returns is what the editor saves next
            assertThat(saved.sections().getFirst().items()).extracting(ItemDraft::title).containsExactly(
                    "Các tỉnh Đông Nam Bộ tập trung chuyển đổi số", "Lấy sự hài lòng của người dân làm thước đo");

            signIn.as(DemoAccounts.LEADER);
            assertRefused(() -> reader.read(id), "bulletin.error.notFound", "Không tìm thấy bản tin.");
            assertThatThrownBy(() -> composer.save(saved)).isInstanceOf(AuthorizationDeniedException.class);
            signIn.as(DemoAccounts.REPORTER);
            assertThatThrownBy(() -> composer.draft(id)).isInstanceOf(AuthorizationDeniedException.class);
            assertThatThrownBy(() -> reader.published(null, null, 0, 10))
                    .isInstanceOf(AuthorizationDeniedException.class);

            signIn.as(DemoAccounts.REVIEWER);
            workflow.submit(id, saved.version());
            assertRefused(() -> composer.save(composer.draft(id)), "bulletin.error.locked", null);
            assertThatThrownBy(() -> workflow.publish(id, composer.draft(id).version()))
                    .isInstanceOf(AuthorizationDeniedException.class);

            signIn.as(BulletinAccounts.PUBLISHER);
            assertThatThrownBy(() -> composer.save(composer.draft(id))).isInstanceOf(AuthorizationDeniedException.class);
            workflow.publish(id, composer.draft(id).version());
            assertThat(composer.draft(id).status()).isEqualTo(BulletinStatus.PUBLISHED);

            signIn.as(DemoAccounts.LEADER);
            BulletinContent content = reader.read(id).content();
            assertThat(content.sections()).extracting(BulletinContent.Section::heading).startsWith(
                    "GÓC CHIA SẺ KINH NGHIỆM, GIẢI PHÁP");
            assertThat(content.header().numberLine()).isEqualTo("Số 07/BC-SKHCN");
            assertThat(content.statistics().blocks()).isNotEmpty();
            assertThat(reader.published("hài lòng của người dân", 2024, 0, 10)).extracting(s -> s.id()).contains(id);
            assertThat(reader.published("không có chữ này ở đâu cả", null, 0, 10)).isEmpty();

            signIn.as(DemoAccounts.REVIEWER);
            assertThat(workflow.history(id)).extracting(HistoryLine::action).containsExactly(BulletinAction.CREATE,
                    BulletinAction.SAVE, BulletinAction.SAVE, BulletinAction.SUBMIT, BulletinAction.PUBLISH);
            assertRefused(() -> composer.save(composer.draft(id)), "bulletin.error.locked", null);
        });
    }

    @Test
    void theStatisticsAreTakenFromApprovedDataWithTheProvinceWideSentences() {
        rolledBack(() -> {
            signIn.as(DemoAccounts.REVIEWER);
            long id = composer.create(period(SEED_MONTH).getId());
            BulletinContent.Statistics statistics = composer.preview(composer.draft(id)).statistics();
            assertThat(statistics.approvedLine()).contains("Tháng 7/2024");
            assertThat(statistics.blocks()).extracting(BulletinContent.StatisticsBlock::title)
                    .anyMatch(title -> title.startsWith("1. "));
            BulletinContent.StatisticsBlock hotline = statistics.blocks().stream()
                    .filter(block -> !block.paragraphs().isEmpty() && block.paragraphs().getFirst()
                            .contains("tổng số tin tiếp nhận")).findFirst().orElseThrow();
            assertThat(hotline.table()).isNull();
            assertThat(hotline.paragraphs().getFirst()).startsWith("Từ ngày 22/07/2024 đến ngày ")
                    .doesNotContain("{").doesNotContain("…");
            assertThat(statistics.blocks()).anyMatch(block -> block.table() != null
                    && block.table().rows().stream().anyMatch(row -> row.total()));
        });
    }

    @Test
    void anEditedHighlightKeepsTheGeneratedTextBesideItAndSurvivesARefresh() {
        rolledBack(() -> {
            signIn.as(DemoAccounts.REVIEWER);
            long id = composer.create(period(SEED_MONTH).getId());
            BulletinDraft draft = composer.draft(id);
            assertThat(draft.highlights()).isNotEmpty();
            HighlightDraft first = draft.highlights().getFirst();
            List<HighlightDraft> edited = new ArrayList<>(draft.highlights());
            edited.set(0, new HighlightDraft(first.tableCode(), first.tableTitle(), first.position(),
                    first.generated(), "Câu đã biên tập lại."));
            BulletinDraft saved = composer.save(withHighlights(draft, edited));
            assertThat(saved.highlights().getFirst().generated()).isEqualTo(first.generated());
            assertThat(saved.highlights().getFirst().edited()).isEqualTo("Câu đã biên tập lại.");

            BulletinDraft refreshed = composer.refreshStatistics(id, saved.version());
            assertThat(refreshed.highlights().getFirst().edited()).isEqualTo("Câu đã biên tập lại.");
            assertThat(refreshed.highlights().getFirst().generated()).isEqualTo(first.generated());
            assertThat(composer.preview(refreshed).statistics().blocks().stream()
                    .flatMap(block -> block.highlights().stream())).contains("Câu đã biên tập lại.")
                    .doesNotContain(first.generated());
            assertThat(workflow.publicationCheck(id).editedHighlights()).isEqualTo(1);
        });
    }

    @Test
    void whoeverSubmittedCannotPublishAndAReturnNeedsAReason() {
        rolledBack(() -> {
            signIn.as(BulletinAccounts.COMPOSER_AND_PUBLISHER);
            long id = composer.create(period(SEED_MONTH).getId());
            workflow.submit(id, composer.draft(id).version());
            long version = composer.draft(id).version();
            assertRefused(() -> workflow.publish(id, version), "bulletin.error.ownSubmission",
                    "Người trình bản tin không thể tự phê duyệt và phát hành bản tin đó.");
            signIn.as(BulletinAccounts.PUBLISHER);
            assertRefused(() -> workflow.returnToComposers(id, version, "  "), "bulletin.error.reasonRequired", null);
            workflow.returnToComposers(id, version, "Bổ sung nguồn của bài 1.");
            assertThat(composer.draft(id).status()).isEqualTo(BulletinStatus.RETURNED);
            assertThat(workflow.history(id).getLast().reason()).isEqualTo("Bổ sung nguồn của bài 1.");
            signIn.as(DemoAccounts.REVIEWER);
            composer.save(composer.draft(id));
        });
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsSaved() throws Exception {
        rolledBack(() -> {
            signIn.as(DemoAccounts.REVIEWER);
            long id = composer.create(period(SEED_MONTH).getId());
            BulletinDraft draft = composer.draft(id);
            assertRefused(() -> composer.save(withItems(draft, SectionKind.ACTIVITIES, item("Tin 1", "Nội dung"),
                    item(" ", "Nội dung"))), "bulletin.error.required",
                    "Hãy nhập Tiêu đề (mục 2 của phần \"HOẠT ĐỘNG CHUYỂN ĐỔI SỐ\").");
            assertRefused(() -> composer.save(withItems(draft, SectionKind.ACTIVITIES,
                    item("x".repeat(501), "Nội dung"))), "bulletin.error.tooLong", null);
            assertRefused(() -> composer.save(withNumber(draft, 0)), "bulletin.error.badNumber", null);
            assertThat(composer.draft(id).version()).isEqualTo(draft.version());
            assertThat(composer.draft(id).sections().get(1).items()).isEmpty();

            BulletinDraft saved = composer.save(withItems(draft, SectionKind.SHARING,
                    item("Bài <script>alert(1)</script>viết", "Đoạn <img src=x onerror=alert(1)>một **đậm**")));
            ItemDraft stored = saved.sections().getFirst().items().getFirst();
            assertThat(stored.title()).doesNotContain("<script").doesNotContain("alert(1)</");
            assertThat(stored.body()).doesNotContain("<img").doesNotContain("onerror").contains("**đậm**");

            assertRefused(() -> composer.uploadPicture(id, "GIF89a not a picture".getBytes()),
                    "bulletin.picture.notImage", "Tệp không phải ảnh JPEG hoặc PNG.");
            assertRefused(() -> composer.uploadPicture(id, new byte[3 * 1024 * 1024]), "bulletin.picture.tooLarge",
                    null);
            byte[] fakePng = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3};
            assertRefused(() -> composer.uploadPicture(id, fakePng), "bulletin.picture.notImage", null);
            long picture = composer.uploadPicture(id, png(40, 30));
            BulletinDraft withPicture = composer.save(withItems(saved, SectionKind.SHARING,
                    new ItemDraft("Bài có ảnh", "Nội dung", "Báo Bình Phước", null, null, null, picture, "Ảnh: Đài")));
            assertThat(withPicture.sections().getFirst().items().getFirst().pictureId()).isEqualTo(picture);
            BulletinContent.Picture shown = composer.preview(withPicture).sections().getFirst().items().getFirst()
                    .picture();
            assertThat(shown.width()).isEqualTo(40);
            assertThat(shown.mediaType()).isEqualTo("image/png");
        });
    }

    @Test
    void aCorrectionIsANewEditionThatSupersedesThePublishedOneWhenItIsPublished() {
        rolledBack(() -> {
            signIn.as(DemoAccounts.REVIEWER);
            long id = composer.create(period(SEED_MONTH).getId());
            composer.save(withItems(composer.draft(id), SectionKind.SHARING, item("Bài 1", "Nội dung cũ")));
            workflow.submit(id, composer.draft(id).version());
            signIn.as(BulletinAccounts.PUBLISHER);
            workflow.publish(id, composer.draft(id).version());

            signIn.as(DemoAccounts.REVIEWER);
            assertRefused(() -> composer.correct(id, ""), "bulletin.error.noteRequired", null);
            long correction = composer.correct(id, "Sửa số liệu bài 1.");
            assertRefused(() -> composer.correct(id, "Lần nữa"), "bulletin.error.correctionExists", null);
            BulletinDraft draft = composer.draft(correction);
            assertThat(draft.edition()).isEqualTo(2);
            assertThat(draft.sections().getFirst().items()).extracting(ItemDraft::body).containsExactly("Nội dung cũ");
            composer.save(withItems(draft, SectionKind.SHARING, item("Bài 1", "Nội dung mới")));
            workflow.submit(correction, composer.draft(correction).version());
            signIn.as(BulletinAccounts.PUBLISHER);
            workflow.publish(correction, composer.draft(correction).version());

            signIn.as(DemoAccounts.LEADER);
            assertThat(reader.published("Nội dung", 2024, 0, 50)).extracting(s -> s.id()).contains(correction)
                    .doesNotContain(id);
            BulletinReader.Reading reading = reader.read(correction);
            assertThat(reading.content().correctionNote()).isEqualTo("Bản đính chính (lần 2): Sửa số liệu bài 1.");
            assertThat(reading.otherEditions()).extracting(s -> s.status()).containsExactly(BulletinStatus.SUPERSEDED);
            signIn.as(DemoAccounts.REVIEWER);
            assertThat(workflow.history(id)).extracting(HistoryLine::action).endsWith(BulletinAction.CORRECT,
                    BulletinAction.SUPERSEDE);
        });
    }

    @Test
    void publishingWarnsOfUnitsNotApprovedWhenTheFiguresWereTaken() {
        rolledBack(() -> {
            ReportingPeriod period = period(SEED_MONTH);
            long approved = jdbc.queryForObject("SELECT COUNT(*) FROM report WHERE period_id = ? AND status = 'APPROVED'",
                    Long.class, period.getId());
            long reopened = jdbc.queryForObject("""
                    SELECT MIN(r.id) FROM report r JOIN unit u ON u.id = r.unit_id
                    WHERE r.period_id = ? AND r.status = 'APPROVED' AND u.code = 'SO_Y_TE'""", Long.class, period.getId());
            jdbc.update("UPDATE report SET status = 'SUBMITTED' WHERE id = ?", reopened);
            signIn.as(DemoAccounts.REVIEWER);
            long id = composer.create(period.getId());
            signIn.as(BulletinAccounts.PUBLISHER);
            BulletinWorkflow.PublicationCheck check = workflow.publicationCheck(id);
            assertThat(check.notApprovedUnits()).contains("Sở Y tế");
            assertThat(check.approvedWhenTaken()).isEqualTo(approved - 1);
            assertThat(check.moreApprovedSince()).isFalse();
            jdbc.update("UPDATE report SET status = 'APPROVED' WHERE id = ?", reopened);
            assertThat(workflow.publicationCheck(id).moreApprovedSince()).isTrue();
            signIn.as(DemoAccounts.REVIEWER);
            assertThat(composer.preview(composer.draft(id)).statistics().notApprovedLine()).contains("Sở Y tế");
        });
    }

    @Test
    void twoEditorsSavingAtOnceNeverOverwriteEachOtherAndLeadersAreNotifiedOfThePublication() throws Exception {
        signIn.as(DemoAccounts.REVIEWER);
        long id = composer.create(period(COMMITTED_MONTH).getId());
        try {
            BulletinDraft start = composer.draft(id);
            CountDownLatch ready = new CountDownLatch(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            List<Future<String>> outcomes = new ArrayList<>();
            for (String editor : List.of(DemoAccounts.REVIEWER, BulletinAccounts.COMPOSER)) {
                Callable<String> save = () -> {
                    signIn.as(editor);
                    ready.countDown();
                    ready.await();
                    try {
                        composer.save(withItems(start, SectionKind.SHARING, item("Bài của " + editor, "Nội dung")));
                        return "saved";
                    } catch (BusinessException e) {
                        return e.getMessageKey();
                    } finally {
                        signIn.out();
                    }
                };
                outcomes.add(pool.submit(save));
            }
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            pool.shutdown();
            assertThat(results).containsExactlyInAnyOrder("saved", "bulletin.error.changed");
            assertThat(composer.draft(id).sections().getFirst().items()).hasSize(1);
            assertRefused(() -> composer.save(start), "bulletin.error.changed", null);
            BulletinDraft current = composer.draft(id);
            BulletinDraft again = composer.save(current);
            assertThat(again.version()).as("a save that changes no header field still raises the version")
                    .isGreaterThan(current.version());
            assertThat(composer.save(again).version()).isGreaterThan(again.version());
            assertRefused(() -> composer.save(current), "bulletin.error.changed", null);

            workflow.submit(id, composer.draft(id).version());
            signIn.as(BulletinAccounts.PUBLISHER);
            long before = leaderNotifications();
            workflow.publish(id, composer.draft(id).version());
            assertThat(leaderNotifications()).isEqualTo(before + 1);
        } finally {
            deleteBulletinsOf(COMMITTED_MONTH);
        }
    }

    private long leaderNotifications() {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id
                WHERE u.username = ? AND n.type = 'BULLETIN_PUBLISHED'""", Long.class, DemoAccounts.LEADER);
    }

    private void deleteBulletinsOf(YearMonth month) {
        long periodId = period(month).getId();
        jdbc.update("DELETE FROM notification WHERE type LIKE 'BULLETIN_%' AND period_id = ?", periodId);
        jdbc.update("""
                DELETE i FROM bulletin_item i JOIN bulletin_section s ON s.id = i.section_id
                JOIN bulletin b ON b.id = s.bulletin_id WHERE b.period_id = ?""", periodId);
        jdbc.update("UPDATE bulletin SET corrects_id = NULL WHERE period_id = ?", periodId);
        jdbc.update("DELETE FROM bulletin WHERE period_id = ?", periodId);
    }

    private void rolledBack(Runnable test) {
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            test.run();
        });
    }

    private ReportingPeriod period(YearMonth month) {
        return periods.find(month).orElseThrow();
    }

    static ItemDraft item(String title, String body) {
        return new ItemDraft(title, body, null, null, null, null, null, null);
    }

    static BulletinDraft withItems(BulletinDraft draft, SectionKind kind, ItemDraft... items) {
        List<SectionDraft> sections = draft.sections().stream()
                .map(s -> s.kind() == kind ? new SectionDraft(kind, s.heading(), List.of(items)) : s).toList();
        return new BulletinDraft(draft.id(), draft.version(), draft.status(), draft.periodId(), draft.periodLabel(),
                draft.edition(), draft.correctionNote(), draft.number(), draft.numberPreview(), draft.issuedOn(),
                draft.title(), draft.subtitle(), draft.opening(), draft.closing(), draft.recipients(), sections,
                draft.highlights(), draft.statisticsTakenAt());
    }

    static BulletinDraft withHighlights(BulletinDraft draft, List<HighlightDraft> highlights) {
        return new BulletinDraft(draft.id(), draft.version(), draft.status(), draft.periodId(), draft.periodLabel(),
                draft.edition(), draft.correctionNote(), draft.number(), draft.numberPreview(), draft.issuedOn(),
                draft.title(), draft.subtitle(), draft.opening(), draft.closing(), draft.recipients(),
                draft.sections(), highlights, draft.statisticsTakenAt());
    }

    static BulletinDraft withNumber(BulletinDraft draft, int number) {
        return new BulletinDraft(draft.id(), draft.version(), draft.status(), draft.periodId(), draft.periodLabel(),
                draft.edition(), draft.correctionNote(), number, draft.numberPreview(), LocalDate.of(2024, 8, 22),
                draft.title(), draft.subtitle(), draft.opening(), draft.closing(), draft.recipients(),
                draft.sections(), draft.highlights(), draft.statisticsTakenAt());
    }

    static byte[] png(int width, int height) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
