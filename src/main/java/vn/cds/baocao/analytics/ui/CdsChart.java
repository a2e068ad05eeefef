package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.math.BigDecimal;
import java.util.List;

/**
 * An Apache ECharts chart: the custom element {@code <cds-chart>} of {@code frontend/cds/cds-chart.js}. Both
 * scripts are plain files served by Spring (the WebJar and our static resources), so no frontend build is needed.
 * The server sends data only; the element formats numbers the Vietnamese way in axes and tooltips.
 */
@Tag("cds-chart")
@JavaScript("context://webjars/echarts/5.3.1/dist/echarts.min.js")
@JavaScript("context://cds/cds-chart.js")
public class CdsChart extends Component implements HasSize {

    public CdsChart() {
        setWidthFull();
        addClassName("cds-chart");
    }

    /** Horizontal bars, one per unit (best first), with an optional target line. */
    public void showBars(String valueType, List<String> units, Series series, BigDecimal target, String targetLabel) {
        setSpec(new Spec("hbar", valueType, units, List.of(series), target, targetLabel));
    }

    /** Lines over periods. */
    public void showLines(String valueType, List<String> periods, List<Series> series) {
        setSpec(new Spec("line", valueType, periods, series, null, null));
    }

    private void setSpec(Spec spec) {
        getElement().setPropertyBean("spec", spec);
    }

    /** @param colors one CSS colour per bar, or null */
    public record Series(String name, List<BigDecimal> values, List<String> colors, boolean dashed) {
    }

    public record Spec(String kind, String valueType, List<String> categories, List<Series> series, BigDecimal target,
                String targetLabel) {
    }
}
