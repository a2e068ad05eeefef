package vn.cds.baocao.bulletin.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.cds.baocao.bulletin.ui.BulletinEditorMarkdown;
import vn.cds.baocao.bulletin.ui.BulletinEditorMarkdown.Edit;
import vn.cds.baocao.bulletin.ui.BulletinEditorMarkdown.Format;
import vn.cds.baocao.bulletin.service.render.MarkdownText;

/** What the formatting buttons and "Dán từ Word" write into an item's Markdown. */
class BulletinEditorMarkdownTest {

    @Test
    void boldAndItalicWrapTheSelectionLeavingItsSpacesOutside() {
        Edit bold = BulletinEditorMarkdown.apply(Format.BOLD, "Tỉnh đạt 100% chỉ tiêu", 4, 14, "chữ đậm");
        assertThat(bold.text()).isEqualTo("Tỉnh **đạt 100%** chỉ tiêu");
        assertThat(bold.text().substring(bold.selectionStart(), bold.selectionEnd())).isEqualTo("đạt 100%");

        Edit italic = BulletinEditorMarkdown.apply(Format.ITALIC, "một hai ba", 4, 7, "x");
        assertThat(italic.text()).isEqualTo("một *hai* ba");
    }

    @Test
    void withNothingSelectedAPlaceholderIsInsertedAtTheCaretAndSelected() {
        Edit bold = BulletinEditorMarkdown.apply(Format.BOLD, "Kết quả: ", 9, 9, "chữ đậm");
        assertThat(bold.text()).isEqualTo("Kết quả: **chữ đậm**");
        assertThat(bold.text().substring(bold.selectionStart(), bold.selectionEnd())).isEqualTo("chữ đậm");
        // a caret past the end (the browser's text was longer) is clamped, nothing is lost
        assertThat(BulletinEditorMarkdown.apply(Format.ITALIC, "abc", 99, 120, "x").text()).isEqualTo("abc*x*");
    }

    @Test
    void listsTakeEverySelectedLineAndStartAfterAnEmptyLine() {
        String text = "Các nhiệm vụ:\nRà soát hồ sơ\nSố hóa kết quả";
        Edit bullets = BulletinEditorMarkdown.apply(Format.BULLETS, text, 15, text.length(), "ý");
        assertThat(bullets.text()).isEqualTo("Các nhiệm vụ:\n\n- Rà soát hồ sơ\n- Số hóa kết quả");

        Edit numbered = BulletinEditorMarkdown.apply(Format.NUMBERED, bullets.text(), 16, bullets.text().length(), "ý");
        assertThat(numbered.text()).isEqualTo("Các nhiệm vụ:\n\n1. Rà soát hồ sơ\n2. Số hóa kết quả");
    }

    @Test
    void aLinkWrapsTheSelectionAndPutsTheCaretWhereTheAddressGoes() {
        Edit link = BulletinEditorMarkdown.apply(Format.LINK, "Xem Cổng dịch vụ công", 4, 21, "liên kết");
        assertThat(link.text()).isEqualTo("Xem [Cổng dịch vụ công](https://)");
        assertThat(link.selectionStart()).isEqualTo(link.text().length() - 1);
    }

    @Test
    void textPastedFromWordBecomesParagraphsAndLists() {
        String pasted = "Sở TT&TT tổ chức hội nghị.\r\n\r\n\u2022\tTập huấn chữ ký số;\r\no  Hướng dẫn DVCTT;\r\n"
                + "Kết\u00A0quả  đạt   tốt.\r\n1) Bước một\r\n2) Bước hai";
        assertThat(MarkdownText.fromPasted(pasted)).isEqualTo("""
                Sở TT&TT tổ chức hội nghị.

                - Tập huấn chữ ký số;
                - Hướng dẫn DVCTT;

                Kết quả đạt tốt.

                1. Bước một
                2. Bước hai""");
        assertThat(MarkdownText.fromPasted("  \r\n ")).isEmpty();
    }
}
