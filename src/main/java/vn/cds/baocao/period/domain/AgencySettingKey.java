package vn.cds.baocao.period.domain;

/** The agency settings: names and numbering printed in reports, and the deadline rule. */
public enum AgencySettingKey {
    /** "Bình Phước". */
    PROVINCE_NAME,
    /** "UBND tỉnh Bình Phước". */
    PROVINCE_COMMITTEE,
    /** "Ban Chỉ đạo về chuyển đổi số tỉnh Bình Phước". */
    STEERING_COMMITTEE,
    /** The reviewing agency, standing body of the Steering Committee: "Sở Thông tin và Truyền thông". */
    REVIEWING_AGENCY,
    /** "Sở TT&TT". */
    REVIEWING_AGENCY_SHORT,
    /** "{so}/BC-STTTT": {so} is the report's number, {nam} its year. */
    REPORT_NUMBER_TEMPLATE,
    /** Working days between a period's cut-off and its deadline (3). */
    DEADLINE_WORKING_DAYS,
    /**
     * The day of the month after a period's month its data window ends on (20: Tháng 3/2024 ran 21/3–20/4/2024);
     * the next window starts the day after ({@link PeriodWindows}). In force on the first day of that month.
     */
    PERIOD_CUT_OFF_DAY
}
