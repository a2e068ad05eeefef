package vn.cds.baocao.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.bulletin.BulletinSamples;
import vn.cds.baocao.bulletin.service.render.BulletinContent;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Item;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Picture;
import vn.cds.baocao.bulletin.service.render.BulletinContent.Section;
import vn.cds.baocao.bulletin.service.render.BulletinHtml;

class BulletinHtmlTest {

    @Test
    void sectionsInTheSeedsOrderWithHeaderAndClosing() {
        Element article = Jsoup.parseBodyFragment(BulletinHtml.render(BulletinSamples.march2024()))
                .selectFirst("article.bulletin");
        assertThat(article).isNotNull();
        assertThat(article.select("h2.bulletin-section-heading").eachText()).containsExactly(
                BulletinSamples.SHARING, BulletinSamples.ACTIVITIES, BulletinSamples.DIRECTIVES,
                BulletinSamples.STATISTICS);
        assertThat(article.selectFirst(".bulletin-issuer .bulletin-agency").text()).isEqualTo(BulletinSamples.AGENCY);
        assertThat(article.selectFirst(".bulletin-issuer .bulletin-office").text()).isEqualTo(BulletinSamples.OFFICE);
        assertThat(article.selectFirst(".bulletin-issuer .bulletin-number").text())
                .isEqualTo(BulletinSamples.NUMBER_LINE);
        assertThat(article.selectFirst(".bulletin-issue .bulletin-circulation").text()).isEqualTo("LƯU HÀNH NỘI BỘ");
        assertThat(article.selectFirst(".bulletin-issue .bulletin-date").text()).isEqualTo(BulletinSamples.DATE_LINE);
        assertThat(article.selectFirst("h1.bulletin-title").text()).isEqualTo("BÁO CÁO CHUYÊN ĐỀ");
        assertThat(article.selectFirst(".bulletin-period").text()).isEqualTo("Tháng 3/2024");
        assertThat(article.selectFirst(".bulletin-opening p").text()).startsWith("Sở Thông tin và Truyền thông (TT&TT)");
        assertThat(article.select(".bulletin-section").first().select("h3.bulletin-item-title").eachText())
                .containsExactly("1. " + BulletinSamples.FIRST_ARTICLE,
                        "2. LẤY SỰ HÀI LÒNG CỦA NGƯỜI DÂN LÀM THƯỚC ĐO");
        assertThat(article.selectFirst(".bulletin-directive").text())
                .isEqualTo("Kế hoạch 128/KH-UBND ngày 04/4/2024 của UBND tỉnh");
        assertThat(article.selectFirst(".bulletin-body strong").text()).isEqualTo("Nghị quyết số 35/2023/UBTVQH15");
        assertThat(article.selectFirst(".bulletin-source").text()).isEqualTo("Nguồn: Đài PT-TH&BBP");
        assertThat(article.selectFirst(".bulletin-closing").text()).isEqualTo(BulletinSamples.CLOSING);
        assertThat(article.selectFirst(".bulletin-recipients-label").text()).isEqualTo("Nơi nhận:");
        assertThat(article.select(".bulletin-recipients-list li").eachText()).contains("Lưu: VT, CĐS.");
        assertThat(article.select("script, iframe, [style]")).isEmpty();
    }

    @Test
    void pictureIsTheUploadAsDataUriWithItsCaption() {
        Element figure = Jsoup.parseBodyFragment(BulletinHtml.render(BulletinSamples.march2024()))
                .selectFirst("figure.bulletin-picture");
        assertThat(figure.selectFirst("img").attr("src")).startsWith("data:image/png;base64,iVBOR");
        assertThat(figure.selectFirst("img").attr("alt")).isEqualTo(BulletinSamples.PICTURE_CAPTION);
        assertThat(figure.selectFirst("figcaption").text()).isEqualTo(BulletinSamples.PICTURE_CAPTION);
    }

    @Test
    void statisticsTableScrollsWithTotalAndStyledCells() {
        Element statistics = Jsoup.parseBodyFragment(BulletinHtml.render(BulletinSamples.march2024()))
                .selectFirst(".bulletin-statistics");
        assertThat(statistics.selectFirst(".bulletin-approved").text()).startsWith("Số liệu từ 33/35");
        assertThat(statistics.selectFirst(".bulletin-not-approved").text()).contains("Sở Y tế");
        assertThat(statistics.select("h3.bulletin-block-title").eachText()).containsExactly(
                BulletinSamples.DVC_TABLE, "2. Kết quả sử dụng phần mềm, ứng dụng", "5. Tuyên truyền về CĐS");
        Element table = statistics.selectFirst("div.table-scroll > table.bulletin-table");
        assertThat(table).isNotNull();
        assertThat(table.select("thead tr").first().select("th").eachText()).containsExactly("STT", "Đơn vị",
                "Tỷ lệ DVCTT phát sinh hồ sơ trực tuyến", "Tỷ lệ hồ sơ xử lý trực tuyến");
        Element total = table.selectFirst("tr.total");
        assertThat(total.select("td").stream().map(Element::text)).containsExactly("", "TỔNG", BulletinSamples.DVC_TOTAL, "Đạt",
                "56,00%", "Đạt");
        assertThat(table.select("td.missed").eachText()).contains("Không đạt");
        assertThat(table.select("td.met")).isNotEmpty();
        assertThat(table.select("td.not-approved").eachText()).contains("chưa duyệt");
        assertThat(statistics.selectFirst(".bulletin-highlights-title").text()).isEqualTo("Từ bảng trên cho thấy:");
        assertThat(statistics.select(".bulletin-highlights li").first().text()).startsWith("+ Tỷ lệ DVCTT");
        assertThat(statistics.select("a[href=https://cds.binhphuoc.gov.vn]")).hasSize(1);
    }

    @Test
    void everyTextIsEscapedAndMarkdownSanitised() {
        BulletinContent sample = BulletinSamples.march2024();
        String evil = "<script>alert(1)</script>";
        Item item = new Item(1, "Tiêu đề " + evil, "<img src=x onerror=alert(1)>",
                "[x](javascript:alert(1)) <iframe src=x></iframe>",
                new Picture(9, "image/svg+xml", "<svg onload=alert(1)>".getBytes(), 10, 10, evil),
                "\"><svg onload=alert(1)>");
        BulletinContent content = new BulletinContent(sample.fileBaseName(), sample.header(),
                List.of(new Section("<b>MỤC</b>", false, List.of(item))), null, evil, evil, evil);
        String html = BulletinHtml.render(content);
        assertThat(html.toLowerCase()).doesNotContain("<script", "<img", "<svg", "<iframe", "javascript:", "<b>");
        Element article = Jsoup.parseBodyFragment(html).selectFirst("article");
        assertThat(article.selectFirst("h3").text()).isEqualTo("1. Tiêu đề " + evil);
        assertThat(article.selectFirst("h2").text()).isEqualTo("<b>MỤC</b>");
        assertThat(article.select("figure")).as("an SVG is not a picture type of the bulletin").isEmpty();
    }
}
