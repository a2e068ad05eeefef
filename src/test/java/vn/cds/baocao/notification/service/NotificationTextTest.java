package vn.cds.baocao.notification.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.notification.domain.Notification;
import vn.cds.baocao.notification.domain.NotificationContent;
import vn.cds.baocao.notification.domain.NotificationType;

/** The sentences of every notification type, in both languages, and the Vietnamese e-mail built from them. */
class NotificationTextTest {

    private static final NotificationContent RETURNED = new NotificationContent(1L, 2L, 3L,
            "UBND thành phố Đồng Xoài", "Tháng 4/2024", "Trần Thị Thẩm Định",
            "Tỷ lệ hồ sơ trực tuyến 104,5% vượt 100%, đề nghị kiểm tra lại.", LocalDate.of(2024, 5, 23),
            "bao-cao-don-vi/ky/2");

    @Test
    void returnedReportNamesUnitPeriodReviewerAndReasonInVietnamese() {
        assertThat(NotificationText.title(NotificationType.REPORT_RETURNED, Messages.VIETNAMESE))
                .isEqualTo("Báo cáo bị trả lại");
        assertThat(NotificationText.text(NotificationType.REPORT_RETURNED, RETURNED, Messages.VIETNAMESE))
                .isEqualTo("Báo cáo Tháng 4/2024 của UBND thành phố Đồng Xoài đã bị Trần Thị Thẩm Định trả lại để "
                        + "chỉnh sửa và nộp lại. Lý do: Tỷ lệ hồ sơ trực tuyến 104,5% vượt 100%, đề nghị kiểm tra lại.");
    }

    @Test
    void theSameNotificationReadsInEnglishAfterTheLanguageSwitch() {
        assertThat(NotificationText.text(NotificationType.REPORT_RETURNED, RETURNED, Messages.ENGLISH))
                .startsWith("The report of UBND thành phố Đồng Xoài for Tháng 4/2024 was returned by Trần Thị Thẩm Định")
                .endsWith("Reason: Tỷ lệ hồ sơ trực tuyến 104,5% vượt 100%, đề nghị kiểm tra lại.");
    }

    @Test
    void deadlinesAreVietnameseDatesAndAMissingReasonLeavesNoEmptyLabel() {
        NotificationContent soon = new NotificationContent(1L, 2L, null, "Sở Y tế", "Tháng 11/2026", null, null,
                LocalDate.of(2026, 11, 19), "bao-cao-don-vi/ky/2");
        assertThat(NotificationText.text(NotificationType.DEADLINE_SOON, soon, Messages.VIETNAMESE))
                .isEqualTo("Hạn nộp báo cáo Tháng 11/2026 của Sở Y tế là ngày 19/11/2026. Báo cáo chưa được nộp; "
                        + "đề nghị đơn vị hoàn thành và nộp đúng hạn.");
        NotificationContent noReason = new NotificationContent(1L, 2L, 3L, "Sở Y tế", "Tháng 4/2024", "An", "  ",
                null, null);
        assertThat(NotificationText.text(NotificationType.REPORT_REOPENED, noReason, Messages.VIETNAMESE))
                .doesNotContain("Lý do").doesNotContain("{");
    }

    @Test
    void everyTypeHasATitleAndATextInBothLanguages() {
        for (NotificationType type : NotificationType.values()) {
            for (var locale : Arrays.asList(Messages.VIETNAMESE, Messages.ENGLISH)) {
                assertThat(NotificationText.title(type, locale)).doesNotStartWith("!");
                assertThat(NotificationText.text(type, RETURNED, locale)).doesNotStartWith("!").doesNotContain("{");
            }
        }
    }

    @Test
    void theEmailIsVietnamesePlainTextWithGreetingSentenceLinkAndFooter() {
        Notification notification = new Notification(7L, NotificationType.REPORT_RETURNED, RETURNED,
                LocalDateTime.of(2024, 5, 20, 10, 0));
        NotificationMail mail = NotificationMail.of(notification, "Phạm Thị Báo Cáo", "https://baocao.example.vn/");

        assertThat(mail.subject())
                .isEqualTo("[CĐS Báo cáo] Báo cáo bị trả lại: UBND thành phố Đồng Xoài, Tháng 4/2024");
        assertThat(mail.body()).startsWith("Kính gửi Phạm Thị Báo Cáo,\n\nBáo cáo Tháng 4/2024 của UBND thành phố")
                .contains("Lý do: Tỷ lệ hồ sơ trực tuyến 104,5%")
                .contains("Xem chi tiết tại: https://baocao.example.vn/bao-cao-don-vi/ky/2")
                .contains("Vui lòng không trả lời thư này.");

        NotificationMail withoutAddress = NotificationMail.of(notification, "Phạm Thị Báo Cáo", "");
        assertThat(withoutAddress.body()).doesNotContain("Xem chi tiết");
    }

    @Test
    void theEmailStaysVietnameseWhileAnEnglishScreenIsOpen() {
        Notification notification = new Notification(7L, NotificationType.REPORT_RETURNED, RETURNED,
                LocalDateTime.of(2024, 5, 20, 10, 0));
        UI english = new UI();
        english.setLocale(Messages.ENGLISH);
        UI.setCurrent(english);
        try {
            NotificationMail mail = NotificationMail.of(notification, "Phạm Thị Báo Cáo", "https://baocao.example.vn/");
            assertThat(mail.subject())
                    .isEqualTo("[CĐS Báo cáo] Báo cáo bị trả lại: UBND thành phố Đồng Xoài, Tháng 4/2024");
            assertThat(mail.body()).startsWith("Kính gửi Phạm Thị Báo Cáo,");
        } finally {
            UI.setCurrent(null);
        }
    }

    @Test
    void aFailureIsKeptAsOneLineNamingTheRootCause() {
        var failure = new IllegalStateException("Mail server connection failed",
                new java.net.ConnectException("Connection refused\n(at 127.0.0.1)"));
        assertThat(NotificationMailer.oneLine(failure)).isEqualTo("ConnectException: Connection refused (at 127.0.0.1)");
    }
}
