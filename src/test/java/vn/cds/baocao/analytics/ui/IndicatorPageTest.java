package vn.cds.baocao.analytics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

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
}
