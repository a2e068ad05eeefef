package vn.cds.baocao.bulletin.domain;

/** The parts of a bulletin, in the seeds' order; a new bulletin has one section of each. */
public enum SectionKind {
    /** GÓC CHIA SẺ KINH NGHIỆM, GIẢI PHÁP: articles. */
    SHARING,
    /** HOẠT ĐỘNG CHUYỂN ĐỔI SỐ: news of the province's units. */
    ACTIVITIES,
    /** VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH: directive documents (number, date, issuer, summary). */
    DIRECTIVES,
    /** SỐ LIỆU THỐNG KÊ: generated from approved data; has no free items. */
    STATISTICS
}
