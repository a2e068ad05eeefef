package vn.cds.baocao.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.bulletin.service.render.TextDiff;
import vn.cds.baocao.bulletin.service.render.TextDiff.Kind;
import vn.cds.baocao.bulletin.service.render.TextDiff.Segment;

class TextDiffTest {

    private static final String GENERATED = "Đơn vị tổ chức họp không giấy qua phần mềm Ecabinet nhiều nhất gồm: "
            + "Đồng Xoài (1.496), Văn phòng UBND tỉnh (1.208).";

    @Test
    void aChangedFigureIsRemovedThenAdded() {
        String edited = GENERATED.replace("(1.208)", "(1.280)");
        assertThat(TextDiff.diff(GENERATED, edited)).containsExactly(
                new Segment(Kind.SAME, "Đơn vị tổ chức họp không giấy qua phần mềm Ecabinet nhiều nhất gồm: "
                        + "Đồng Xoài (1.496), Văn phòng UBND tỉnh"),
                new Segment(Kind.REMOVED, "(1.208)."),
                new Segment(Kind.ADDED, "(1.280)."));
    }

    @Test
    void addedAndRemovedWordsAnywhere() {
        List<Segment> diff = TextDiff.diff("Các đơn vị đều đạt 100% văn bản", "Hầu hết các đơn vị đạt 100% văn bản điện tử");
        assertThat(diff).containsExactly(
                new Segment(Kind.REMOVED, "Các"),
                new Segment(Kind.ADDED, "Hầu hết các"),
                new Segment(Kind.SAME, "đơn vị"),
                new Segment(Kind.REMOVED, "đều"),
                new Segment(Kind.SAME, "đạt 100% văn bản"),
                new Segment(Kind.ADDED, "điện tử"));
    }

    @Test
    void sameWordsWhateverTheSpacing() {
        assertThat(TextDiff.diff("a  b\nc", " a b c ")).containsExactly(new Segment(Kind.SAME, "a b c"));
        assertThat(TextDiff.unchanged("a  b\nc", " a b c ")).isTrue();
        assertThat(TextDiff.unchanged("a b", "a c")).isFalse();
    }

    @Test
    void emptySides() {
        assertThat(TextDiff.diff(null, "mới")).containsExactly(new Segment(Kind.ADDED, "mới"));
        assertThat(TextDiff.diff("cũ", "")).containsExactly(new Segment(Kind.REMOVED, "cũ"));
        assertThat(TextDiff.diff("", " ")).isEmpty();
    }

    @Test
    void htmlMarksAndEscapes() {
        List<Segment> diff = TextDiff.diff("Tỷ lệ < 50% <b>", "Tỷ lệ > 50% <script>alert(1)</script>");
        assertThat(TextDiff.toHtml(diff)).isEqualTo(
                "Tỷ lệ <del>&lt;</del> <ins>&gt;</ins> 50% <del>&lt;b&gt;</del> "
                        + "<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>");
    }
}
