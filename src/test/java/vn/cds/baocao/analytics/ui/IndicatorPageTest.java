package vn.cds.baocao.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.cds.baocao.analytics.service.ColumnSpec;
import vn.cds.baocao.analytics.service.Highlight;
import vn.cds.baocao.analytics.service.SectionTable;
import vn.cds.baocao.indicator.domain.Aggregation;
import vn.cds.baocao.indicator.domain.ValueType;

class IndicatorPageTest {

    @Test
    void aTableThatFitsIsOnePage() {
        int[] payments = new int[12];
        Arrays.fill(payments, 1);
        assertThat(IndicatorPage.split(payments, 30)).containsExactly(new IndicatorPage(0, 12));
    }

    @Test
    void aWideTableIsCutBeforeTheIndicatorThatWouldPassTheLimit() {
        int[] bench = new int[40];
        Arrays.fill(bench, 3);
        bench[39] = 2;
        assertThat(IndicatorPage.split(bench, 30)).containsExactly(new IndicatorPage(0, 10), new IndicatorPage(10, 20),
                new IndicatorPage(20, 30), new IndicatorPage(30, 40));
        assertThat(IndicatorPage.split(new int[] {2, 3, 3, 2}, 5)).containsExactly(new IndicatorPage(0, 2),
                new IndicatorPage(2, 4));
    }

    @Test
    void anIndicatorWiderThanTheLimitGetsAPageOfItsOwn() {
        assertThat(IndicatorPage.split(new int[] {3, 3}, 2)).containsExactly(new IndicatorPage(0, 1),
                new IndicatorPage(1, 2));
        assertThat(IndicatorPage.split(new int[0], 30)).containsExactly(new IndicatorPage(0, 0));
    }

    @Test
    void aPageShowsTheHighlightsOfItsIndicatorsAndThoseOfTheWholeTable() {
        List<ColumnSpec> columns = IntStream.range(0, 4).mapToObj(c -> new ColumnSpec(c, "i" + c, "I" + c,
                "Chỉ số " + c, ValueType.COUNT, Aggregation.SUM, true, null, 0, null)).toList();
        Highlight notApproved = highlight(Highlight.Kind.NOT_APPROVED, null);
        Highlight top1 = highlight(Highlight.Kind.TOP, "i1");
        Highlight top2 = highlight(Highlight.Kind.TOP, "i2");
        Highlight rise3 = highlight(Highlight.Kind.BIGGEST_RISE, "i3");
        SectionTable table = new SectionTable("bench", "Bảng", columns, List.of(), List.of(),
                List.of(notApproved, top1, top2, rise3), List.of());

        assertThat(new IndicatorPage(0, 2).highlights(table)).containsExactly(notApproved, top1);
        assertThat(new IndicatorPage(2, 4).highlights(table)).containsExactly(notApproved, top2, rise3);
    }

    private static Highlight highlight(Highlight.Kind kind, String indicator) {
        return new Highlight(kind, indicator, kind + " " + indicator, List.of());
    }
}
