package vn.cds.baocao.bulletin.service.render;

import java.time.LocalDate;
import java.util.List;
import vn.cds.baocao.exchange.service.document.DocTable;

/**
 * A bulletin ("một số Báo cáo chuyên đề") as it prints: everything the HTML page, the DOCX and the PDF show, in
 * order, already in Vietnamese. The writers lay it out and add nothing of their own; free texts are Markdown
 * (paragraphs, **bold**, *italic*, lists, links) and are rendered through {@link MarkdownText} only.
 *
 * @param fileBaseName    "ban-tin_2024-03" (a correction: "ban-tin_2024-03_dinh-chinh-2")
 * @param correctionNote  null for a first edition; for a correction, the note printed under the header
 */
public record BulletinContent(String fileBaseName, Header header, List<Section> sections, Statistics statistics,
                              String closing, String recipientsMarkdown, String correctionNote) {

    /**
     * The header block of the seeds: agency, "CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO VỀ CHUYỂN ĐỔI SỐ TỈNH …", "BÁO CÁO
     * CHUYÊN ĐỀ", "Tháng 3/2024", the subtitle, "Số: 03/BC-STTTT", "Ngày 22/4/2024", "LƯU HÀNH NỘI BỘ" and the
     * opening paragraph (Markdown).
     */
    public record Header(String agency, String office, String title, String periodLabel, String subtitle,
                         String numberLine, String dateLine, LocalDate issuedOn, String circulation,
                         String openingMarkdown) {
    }

    /**
     * A section of free items ("GÓC CHIA SẺ KINH NGHIỆM, GIẢI PHÁP", "HOẠT ĐỘNG CHUYỂN ĐỔI SỐ", "VĂN BẢN CHỈ ĐẠO,
     * ĐIỀU HÀNH"), or the statistics section: {@code statistics} true, no items, its content in
     * {@link BulletinContent#statistics()}.
     */
    public record Section(String heading, boolean statistics, List<Item> items) {
    }

    /**
     * One article, news item or directive summary, numbered within its section as the seeds do ("1. …").
     *
     * @param directiveLine for a directive: "Kế hoạch 128/KH-UBND ngày 04/4/2024 của UBND tỉnh"; else null
     * @param picture       null when the item has none
     * @param source        "Nguồn: Báo Bình Phước" as typed, or null
     */
    public record Item(int number, String title, String directiveLine, String bodyMarkdown, Picture picture,
                       String source) {
    }

    /** A JPEG or PNG checked on upload; {@code caption} may be null. */
    public record Picture(long id, String mediaType, byte[] content, int width, int height, String caption) {
    }

    /**
     * SỐ LIỆU THỐNG KÊ as taken from approved data (a snapshot, never recomputed at print time).
     *
     * @param approvedLine     "Số liệu từ 33/35 báo cáo đã phê duyệt …"
     * @param notApprovedLine  "Chưa duyệt: Sở Y tế, …" or null when every expected report was approved
     * @param blocks           in print order
     */
    public record Statistics(String heading, String approvedLine, String notApprovedLine, List<StatisticsBlock> blocks) {
    }

    /**
     * One numbered part of the statistics ("1. Dịch vụ công trực tuyến"): the province-wide paragraphs of the
     * section (hotline 1022, website posts, written as the seeds write them), its table (null for a section printed
     * as paragraphs only) and the highlight sentences in force (edited where the author edited them) under
     * "Từ bảng trên cho thấy:".
     */
    public record StatisticsBlock(String title, List<String> paragraphs, DocTable table, List<String> highlights) {
    }
}
