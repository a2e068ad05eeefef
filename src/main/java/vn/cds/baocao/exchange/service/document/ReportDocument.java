package vn.cds.baocao.exchange.service.document;

import java.time.LocalDate;
import java.util.List;

/**
 * The statistics part of the month's "Báo cáo chuyên đề", ready to be written as DOCX, XLSX or PDF.
 *
 * @param agency        the reviewing agency in capitals ("SỞ THÔNG TIN VÀ TRUYỀN THÔNG")
 * @param office        "CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO VỀ CHUYỂN ĐỔI SỐ TỈNH BÌNH PHƯỚC"
 * @param number        the report number from the template in force ("07/BC-STTTT")
 * @param dateLine      "Ngày 20/8/2024"
 * @param approvedLine  "Số liệu từ 35/35 báo cáo đã phê duyệt (từ 21/6/2024 đến 20/7/2024)"
 */
public record ReportDocument(String periodKey, String periodLabel, LocalDate issuedOn, String agency,
                             String office, String title, String subtitle, String number, String dateLine,
                             String circulation, String intro, String statisticsHeading, String approvedLine,
                             List<DocTable> tables, String closing) {

    /** The file name without extension: "bao-cao-chuyen-de_2024-07". */
    public String fileBaseName() {
        return "bao-cao-chuyen-de_" + periodKey;
    }
}
