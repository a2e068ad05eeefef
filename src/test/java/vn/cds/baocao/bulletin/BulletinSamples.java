package vn.cds.baocao.bulletin;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import vn.cds.baocao.bulletin.service.render.BulletinContent;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Header;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Item;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Picture;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Section;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Statistics;
import vn.cds.baocao.bulletin.service.render.BulletinContent.StatisticsBlock;
import vn.cds.baocao.exchange.service.document.DocTable;
import vn.cds.baocao.exchange.service.document.DocTable.CellStyle;
import vn.cds.baocao.exchange.service.document.DocTable.ColumnKind;
import vn.cds.baocao.exchange.service.document.DocTable.DocCell;
import vn.cds.baocao.exchange.service.document.DocTable.DocColumn;
import vn.cds.baocao.exchange.service.document.DocTable.DocRow;

/**
 * A bulletin for tests: a few lines of each part of the Tháng 3/2024 bulletin (seed 003: header, opening, the first
 * article of each section with its first paragraph, the DVC table cut to three units and its TỔNG, the hotline
 * paragraph, the closing), a generated PNG as the first article's picture, and the recipients. For the writers'
 * tests and for the bulletin's service and view tests.
 */
public final class BulletinSamples {

    public static final String AGENCY = "SỞ THÔNG TIN VÀ TRUYỀN THÔNG";
    public static final String OFFICE = "CƠ QUAN THƯỜNG TRỰC BAN CHỈ ĐẠO VỀ CHUYỂN ĐỔI SỐ TỈNH BÌNH PHƯỚC";
    public static final String NUMBER_LINE = "Số: 03/BC-STTTT";
    public static final String DATE_LINE = "Bình Phước, ngày 22 tháng 4 năm 2024";
    public static final String SHARING = "GÓC CHIA SẺ KINH NGHIỆM, GIẢI PHÁP";
    public static final String ACTIVITIES = "HOẠT ĐỘNG CHUYỂN ĐỔI SỐ";
    public static final String DIRECTIVES = "VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH";
    public static final String STATISTICS = "SỐ LIỆU THỐNG KÊ";
    public static final String FIRST_ARTICLE = "CÁC TỈNH ĐÔNG NAM BỘ TẬP TRUNG CHUYỂN ĐỔI SỐ";
    public static final String DVC_TABLE = "1. Dịch vụ công trực tuyến";
    /** The DVC table's TỔNG of "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến" (seed 003: 91%). */
    public static final String DVC_TOTAL = "91%";
    public static final String PICTURE_CAPTION = "Kiểm tra máy chủ tại một trung tâm quản trị mạng ở Bình Phước.";
    public static final String CLOSING = "Sở Thông tin và Truyền thông kính báo cáo./.";

    private BulletinSamples() {
    }

    /** The Tháng 3/2024 bulletin, shortened. */
    public static BulletinContent march2024() {
        Header header = new Header(AGENCY, OFFICE, "BÁO CÁO CHUYÊN ĐỀ", "Tháng 3/2024",
                "Tài liệu tham khảo phục vụ Ban Chỉ đạo về chuyển đổi số tỉnh", NUMBER_LINE, DATE_LINE,
                LocalDate.of(2024, 4, 22), "LƯU HÀNH NỘI BỘ",
                "Sở Thông tin và Truyền thông (TT&TT), Cơ quan Thường trực Ban Chỉ đạo về chuyển đổi số (CĐS) tỉnh, "
                        + "gửi báo cáo chuyên đề tham khảo phục vụ công tác lãnh đạo, chỉ đạo, điều phối của Ban Chỉ "
                        + "đạo về CĐS tỉnh và các sở, ban, ngành, địa phương. Cụ thể như sau:");
        Section sharing = new Section(SHARING, false, List.of(
                new Item(1, FIRST_ARTICLE, null,
                        "Năm 2023, Tỉnh ủy, UBND các tỉnh trong Cụm thi đua miền Đông Nam Bộ đang tập trung đẩy mạnh "
                                + "việc triển khai thực hiện **Nghị quyết số 35/2023/UBTVQH15** ngày 12/7/2023.\n\n"
                                + "Kết quả nổi bật:\n\n"
                                + "- Bình Phước hoàn thành việc số hóa *hơn 01 triệu* dữ liệu hộ tịch;\n"
                                + "- Tây Ninh công bố 1.777 dịch vụ công trực tuyến.",
                        new Picture(1, "image/png", png(320, 200), 320, 200, PICTURE_CAPTION),
                        "Nguồn: Đài PT-TH&BBP"),
                new Item(2, "LẤY SỰ HÀI LÒNG CỦA NGƯỜI DÂN LÀM THƯỚC ĐO", null,
                        "CĐS đang là xu thế của thời đại 4.0 hiện nay. Huyện Bù Đốp đã không ngừng đẩy mạnh đầu tư "
                                + "cho công tác CĐS.", null, null)));
        Section activities = new Section(ACTIVITIES, false, List.of(
                new Item(1, "Đẩy nhanh tiến độ thực hiện nhiệm vụ Đề án 06", null,
                        "Ngày 28/3/2024, Đại tá Nguyễn Huy Hải, Phó Giám đốc Công an tỉnh, đã chủ trì hội nghị giao "
                                + "ban tổ giúp việc triển khai Đề án 06.", null, null)));
        Section directives = new Section(DIRECTIVES, false, List.of(
                new Item(1, "90 ngày, đêm triển khai mục tiêu \"4 phủ\"",
                        "Kế hoạch 128/KH-UBND ngày 04/4/2024 của UBND tỉnh",
                        "Ngày 04/4/2024, UBND tỉnh ban hành Kế hoạch 128/KH-UBND thực hiện đợt cao điểm \"90 ngày, "
                                + "đêm\" triển khai mục tiêu \"4 phủ\" trên địa bàn tỉnh Bình Phước.", null, null)));
        Section statistics = new Section(STATISTICS, true, List.of());
        Statistics figures = new Statistics(STATISTICS, "Số liệu từ 33/35 báo cáo đã phê duyệt của kỳ Tháng 3/2024.",
                "Chưa duyệt: Sở Y tế, Huyện Bù Đăng.", List.of(
                new StatisticsBlock(DVC_TABLE, List.of(), dvcTable(), List.of(
                        "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến toàn tỉnh đạt 91,00%, đạt chỉ tiêu (≥ 80%).")),
                new StatisticsBlock("2. Kết quả sử dụng phần mềm, ứng dụng", List.of(
                        "Từ ngày 21/3/2024 đến ngày 22/4/2024, tổng số tin tiếp nhận 360 tin, đã xử lý 351 tin, "
                                + "đang xử lý 09."), null, List.of()),
                new StatisticsBlock("5. Tuyên truyền về CĐS", List.of(
                        "Từ đầu năm đến nay, Trang Thông tin điện tử CĐS tỉnh (<https://cds.binhphuoc.gov.vn>) đã "
                                + "cập nhật, đăng tải 120 tin bài."), null, List.of())));
        return new BulletinContent("ban-tin_2024-03", header, List.of(sharing, activities, directives, statistics),
                figures, CLOSING, "- Ban Chỉ đạo CĐS tỉnh;\n- Các sở, ban, ngành;\n- UBND các huyện, thị xã, "
                + "thành phố;\n- Lưu: VT, CĐS.", null);
    }

    /** The DVC table of seed 003, three units and TỔNG: a value and a verdict column per indicator. */
    public static DocTable dvcTable() {
        List<DocColumn> columns = List.of(
                new DocColumn(0, ColumnKind.VALUE, "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến", "Kết quả", true),
                new DocColumn(0, ColumnKind.VERDICT, "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến",
                        "So với chỉ tiêu (≥ 80%)", false),
                new DocColumn(1, ColumnKind.VALUE, "Tỷ lệ hồ sơ xử lý trực tuyến", "Kết quả", true),
                new DocColumn(1, ColumnKind.VERDICT, "Tỷ lệ hồ sơ xử lý trực tuyến", "So với chỉ tiêu (≥ 50%)",
                        false));
        List<DocRow> rows = List.of(
                row("1", "Sở Giáo dục và Đào tạo", false, "100,00%", "100", "Đạt", "100,00%", "100", "Đạt"),
                row("2", "Sở Giao thông vận tải", false, "92,30%", "92.30", "Đạt", "24,00%", "24", "Không đạt"),
                row("3", "Huyện Phú Riềng", false, "72,70%", "72.70", "Không đạt", "24,00%", "24", "Không đạt"),
                new DocRow("4", "Sở Y tế", false, List.of(
                        new DocCell("chưa duyệt", null, 0, CellStyle.NOT_APPROVED),
                        new DocCell("", null, 0, CellStyle.NOT_APPROVED),
                        new DocCell("chưa duyệt", null, 0, CellStyle.NOT_APPROVED),
                        new DocCell("", null, 0, CellStyle.NOT_APPROVED))),
                row("", "TỔNG", true, DVC_TOTAL, "91", "Đạt", "56,00%", "56", "Đạt"));
        return new DocTable(1, "DVC", DVC_TABLE, columns, rows, List.of(), List.of("Sở Y tế"), List.of(), false);
    }

    private static DocRow row(String number, String unit, boolean total, String first, String firstValue,
                              String firstVerdict, String second, String secondValue, String secondVerdict) {
        return new DocRow(number, unit, total, List.of(
                new DocCell(first, new BigDecimal(firstValue), 2, CellStyle.NORMAL),
                new DocCell(firstVerdict, null, 0, verdict(firstVerdict)),
                new DocCell(second, new BigDecimal(secondValue), 2, CellStyle.NORMAL),
                new DocCell(secondVerdict, null, 0, verdict(secondVerdict))));
    }

    private static CellStyle verdict(String text) {
        return "Đạt".equals(text) ? CellStyle.MET : CellStyle.MISSED;
    }

    /** A small PNG drawn here (blue with a white band), as an uploaded picture. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0x1F, 0x4E, 0x79));
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, height / 3, width, height / 3);
        graphics.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
