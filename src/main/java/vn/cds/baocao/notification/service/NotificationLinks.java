package vn.cds.baocao.notification.service;

/** The pages a notification opens (routes of the workflow's views). */
final class NotificationLinks {

    private NotificationLinks() {
    }

    /** The reviewer's screen of one report ({@code review.ui.ReviewReportView}). */
    static String review(long reportId) {
        return "duyet-bao-cao/bao-cao/" + reportId;
    }

    /** The reporter's entry form of a period ({@code report.ui.ReportFormView}). */
    static String reportForm(long periodId) {
        return "bao-cao-don-vi/ky/" + periodId;
    }
}
