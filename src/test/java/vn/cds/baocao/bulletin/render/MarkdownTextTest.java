package vn.cds.baocao.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import vn.cds.baocao.bulletin.service.render.MarkdownText;
import vn.cds.baocao.bulletin.service.render.MarkdownText.Block;
import vn.cds.baocao.bulletin.service.render.MarkdownText.ListBlock;
import vn.cds.baocao.bulletin.service.render.MarkdownText.Paragraph;
import vn.cds.baocao.bulletin.service.render.MarkdownText.Run;

class MarkdownTextTest {

    /** Typed or pasted into the editor; none may reach a page as markup, whether stored sanitised or not. */
    static final List<String> XSS_PAYLOADS = List.of(
            "<script>alert(1)</script>",
            "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
            "<img src=x onerror=alert(1)>",
            "<img src=\"x\" onerror=\"alert(document.cookie)\">",
            "<svg onload=alert(1)>",
            "<svg><script>alert(1)</script></svg>",
            "<iframe src=\"javascript:alert(1)\"></iframe>",
            "<a href=\"javascript:alert(1)\">bấm</a>",
            "<a href=\" javascript:alert(1)\">bấm</a>",
            "<a href=\"&#x6A;avascript:alert(1)\">bấm</a>",
            "<a href=\"jav&#x09;ascript:alert(1)\">bấm</a>",
            "[bấm](javascript:alert(1))",
            "[bấm](JAVASCRIPT:alert(1))",
            "[bấm](&#x6A;avascript:alert(1))",
            "[bấm](%6Aavascript:alert(1))",
            "[bấm](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
            "[bấm](vbscript:msgbox(1))",
            "[bấm](javascript&colon;alert(1))",
            "<javascript:alert(1)>",
            "<data:text/html,<script>alert(1)</script>>",
            "![ảnh](javascript:alert(1))",
            "![ảnh](x \"onerror=alert(1)\")",
            "<div style=\"background:url(javascript:alert(1))\">x</div>",
            "<p style=\"width:expression(alert(1))\">x</p>",
            "<style>body{background:url(javascript:alert(1))}</style>",
            "<<script>script>alert(1)<</script>/script>",
            "<scr<script>ipt>alert(1)</scr</script>ipt>",
            "<b onmouseover=alert(1)>đậm</b>",
            "<a href=\"https://ok.example\" onclick=\"alert(1)\">ok</a>",
            "```\n<img src=x onerror=alert(1)>\n```",
            "`<svg onload=alert(1)>`",
            "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
            "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
            "<form action=\"javascript:alert(1)\"><input type=submit></form>",
            "<body onload=alert(1)>",
            "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
            "[bấm](java\u0000script:alert(1))",
            "[bấm](\u200Bjavascript:alert(1))",
            "<a href=\"java\nscript:alert(1)\">bấm</a>",
            "**<img src=x onerror=alert(1)>**",
            "- <svg/onload=alert(1)>\n- [x](javascript:alert(1))");

    @ParameterizedTest
    @FieldSource("XSS_PAYLOADS")
    void noPayloadBecomesMarkup(String payload) {
        assertSafe(MarkdownText.toSafeHtml(payload));
        assertSafe(MarkdownText.toSafeHtml(MarkdownText.sanitizeInput(payload)));
        assertSafe(MarkdownText.toSafeHtml(MarkdownText.fromPasted(payload)));
        for (Block block : MarkdownText.blocks(payload)) {
            runs(block).forEach(run -> {
                if (run.link() != null) {
                    assertThat(run.link()).matches("(?i)(https?|mailto):.*");
                }
            });
        }
    }

    @ParameterizedTest
    @FieldSource("XSS_PAYLOADS")
    void storedTextHasNoTag(String payload) {
        String stored = MarkdownText.sanitizeInput(payload);
        assertThat(stored.toLowerCase(Locale.ROOT)).doesNotContain("<script", "<img", "<svg", "<iframe", "<style",
                "<object", "<embed", "<a ", "<b ", "<div", "<p ", "<math", "<form", "<body", "<meta");
        assertThat(MarkdownText.sanitizeInput(stored)).as("stable").isEqualTo(stored);
    }

    @Test
    void theListHasAtLeast25Payloads() {
        assertThat(XSS_PAYLOADS).hasSizeGreaterThanOrEqualTo(25);
    }

    /**
     * No element but the bulletin's few, no attribute but href/rel/target, no href but http/https/mailto; the
     * payload may still show as visible text ("&lt;a href="javascript:…"&gt;"), which is harmless and honest.
     */
    private static void assertSafe(String html) {
        assertThat(html.toLowerCase(Locale.ROOT)).as(html)
                .doesNotContain("<script", "<iframe", "<svg", "<img", "<object", "<embed", "<style", "<form",
                        "<meta", "<math", "<div", "<body");
        for (Element element : Jsoup.parseBodyFragment(html).body().getAllElements()) {
            assertThat(element.normalName()).as(html)
                    .isIn("body", "p", "br", "strong", "em", "ul", "ol", "li", "a");
            element.attributes().forEach(attribute -> {
                assertThat(attribute.getKey()).as(html).isIn("href", "rel", "target");
                assertThat(attribute.getValue().toLowerCase(Locale.ROOT).replaceAll("\\s", "")).as(html)
                        .doesNotContain("javascript:", "vbscript:", "data:", "expression(");
            });
            if (element.hasAttr("href")) {
                assertThat(element.attr("href")).as(html).matches("(?i)(https?|mailto):.*");
            }
        }
    }

    private static List<Run> runs(Block block) {
        return switch (block) {
            case Paragraph paragraph -> paragraph.runs();
            case ListBlock list -> list.items().stream().flatMap(List::stream).toList();
        };
    }

    @Test
    void formattingTheBulletinNeedsSurvives() {
        String html = MarkdownText.toSafeHtml("""
                Đoạn **đậm** và *nghiêng*, xem [trang CĐS](https://cds.binhphuoc.gov.vn).
                Dòng mới.

                - một
                - hai

                1. thứ nhất
                2. thứ hai

                Thư: <mailto:cds@binhphuoc.gov.vn> và <https://dbi.gov.vn>""");
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("p")).hasSize(2);
        assertThat(body.select("strong").text()).isEqualTo("đậm");
        assertThat(body.select("em").text()).isEqualTo("nghiêng");
        assertThat(body.select("br")).hasSize(1);
        assertThat(body.select("ul > li").eachText()).containsExactly("một", "hai");
        assertThat(body.select("ol > li").eachText()).containsExactly("thứ nhất", "thứ hai");
        Element link = body.selectFirst("a[href=https://cds.binhphuoc.gov.vn]");
        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("trang CĐS");
        assertThat(link.attr("rel")).isEqualTo("nofollow noopener");
        assertThat(link.attr("target")).isEqualTo("_blank");
        assertThat(body.select("a").eachAttr("href"))
                .contains("mailto:cds@binhphuoc.gov.vn", "https://dbi.gov.vn");
    }

    @Test
    void whatTheBulletinDoesNotMarkUpIsText() {
        String html = MarkdownText.toSafeHtml("""
                # Tiêu đề

                Mã `x < y` và ![sơ đồ](https://ok.example/a.png)

                | a | b |
                |---|---|
                | 1 | 2 |

                <b>thẻ</b>""");
        var body = Jsoup.parseBodyFragment(html).body();
        assertThat(body.select("h1, code, img, table, b")).isEmpty();
        assertThat(body.selectFirst("p > strong").text()).isEqualTo("Tiêu đề");
        assertThat(body.text()).contains("Mã x < y và sơ đồ", "| a | b |", "<b>thẻ</b>");
    }

    @Test
    void blocksCarryTheRunsForDocxAndPdf() {
        List<Block> blocks = MarkdownText.blocks("""
                Bình Phước **hoàn thành** số hóa *hơn 01 triệu* dữ liệu, [xem](https://cds.binhphuoc.gov.vn).
                Dòng hai.

                - Sở TT&TT;
                - Sở **Tài chính**.

                3. ba
                4. bốn

                [nguy hiểm](javascript:alert(1))""");
        assertThat(blocks).hasSize(4);
        Paragraph first = (Paragraph) blocks.get(0);
        assertThat(first.runs()).extracting(Run::text).containsExactly("Bình Phước ", "hoàn thành", " số hóa ",
                "hơn 01 triệu", " dữ liệu, ", "xem", ".", "\n", "Dòng hai.");
        assertThat(first.runs().get(1).bold()).isTrue();
        assertThat(first.runs().get(3).italic()).isTrue();
        assertThat(first.runs().get(5).link()).isEqualTo("https://cds.binhphuoc.gov.vn");
        assertThat(first.runs().get(7).lineBreak()).isTrue();
        ListBlock bullets = (ListBlock) blocks.get(1);
        assertThat(bullets.ordered()).isFalse();
        assertThat(bullets.items()).hasSize(2);
        assertThat(bullets.items().get(1)).extracting(Run::text).containsExactly("Sở ", "Tài chính", ".");
        ListBlock numbered = (ListBlock) blocks.get(2);
        assertThat(numbered.ordered()).isTrue();
        assertThat(numbered.start()).isEqualTo(3);
        Paragraph unsafe = (Paragraph) blocks.get(3);
        assertThat(unsafe.runs()).singleElement().satisfies(run -> {
            assertThat(run.text()).isEqualTo("nguy hiểm");
            assertThat(run.link()).isNull();
        });
    }

    @Test
    void plainTextHasNoMarkup() {
        assertThat(MarkdownText.plainText("**Đậm** và *nghiêng*\n\n- một\n- [hai](https://x.example)"))
                .isEqualTo("Đậm và nghiêng\nmột\nhai");
        assertThat(MarkdownText.plainText(null)).isEmpty();
    }

    @Test
    void sanitizeInputKeepsTheMarkdownAndComparisons() {
        assertThat(MarkdownText.sanitizeInput("a < b và 5 > 3, 1 <2 và 3> 2")).isEqualTo("a < b và 5 > 3, 1 <2 và 3> 2");
        assertThat(MarkdownText.sanitizeInput("**Đậm**\n\n- một\n- hai\r\nba"))
                .isEqualTo("**Đậm**\n\n- một\n- hai\nba");
        assertThat(MarkdownText.sanitizeInput("Xem <https://cds.binhphuoc.gov.vn> nhé"))
                .isEqualTo("Xem <https://cds.binhphuoc.gov.vn> nhé");
        assertThat(MarkdownText.sanitizeInput("Chữ <b>đậm</b> và <span style=\"color:red\">đỏ</span>"))
                .isEqualTo("Chữ đậm và đỏ");
        assertThat(MarkdownText.sanitizeInput("trước\n<script>alert(1)</script>\nsau")).doesNotContain("alert");
        assertThat(MarkdownText.sanitizeInput("a<b")).as("a browser reads <b as a tag").isEqualTo("a");
        assertThat(MarkdownText.sanitizeInput("`<b>` là thẻ đậm")).isEqualTo("`` là thẻ đậm");
        assertThat(MarkdownText.sanitizeInput("<javascript:alert(1)> và <mailto:a@b.vn>")).isEqualTo(" và <mailto:a@b.vn>");
        assertThat(MarkdownText.sanitizeInput("AT&amp;T &lt;b&gt;")).isEqualTo("AT&amp;T &lt;b&gt;");
        assertThat(MarkdownText.sanitizeInput(null)).isEmpty();
    }

    @Test
    void textPastedFromWordBecomesParagraphsAndBullets() {
        String pasted = "Năm 2023, huyện\u00A0Bù Đốp xếp thứ 03/11.\r\n"
                + "\tCác nhiệm vụ:\r\n"
                + "•\tquản lý dân cư;\r\n"
                + "-  giáo dục;\r\n"
                + "\uF0B7\ty tế.\r\n"
                + "\r\n"
                + "Đây là tiền đề *quan trọng*.";
        assertThat(MarkdownText.fromPasted(pasted)).isEqualTo("""
                Năm 2023, huyện Bù Đốp xếp thứ 03/11.

                Các nhiệm vụ:

                - quản lý dân cư;
                - giáo dục;
                - y tế.

                Đây là tiền đề \\*quan trọng\\*.""");
    }

    @Test
    void htmlPastedFromWordKeepsBoldItalicListsAndLinks() {
        String clipboard = """
                <html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head>
                <body><p class=MsoNormal style='text-align:justify'><b>Bình Phước</b> hoàn thành <i>số hóa</i>
                hơn 01 triệu dữ liệu<o:p></o:p></p>
                <p class=MsoListParagraph><span style='font-family:Symbol'>·<span style='font:7.0pt'>&nbsp;&nbsp;</span></span>điện, nước;</p>
                <ul><li>vé xe</li><li>khám <a href="https://ok.example/a">bệnh</a></li></ul>
                <p>Xem <a href="javascript:alert(1)">đây</a><script>alert(1)</script></p></body></html>""";
        assertThat(MarkdownText.fromPasted(clipboard)).isEqualTo("""
                **Bình Phước** hoàn thành *số hóa* hơn 01 triệu dữ liệu

                - điện, nước;
                - vé xe
                - khám [bệnh](https://ok.example/a)

                Xem đây""");
    }
}
