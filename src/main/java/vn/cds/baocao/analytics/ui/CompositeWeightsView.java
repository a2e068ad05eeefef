package vn.cds.baocao.analytics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cds.baocao.analytics.service.CompositeWeightService;
import vn.cds.baocao.analytics.service.CompositeWeightService.WeightRow;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;

/** "Trọng số xếp hạng": the administrator sets each indicator's weight in the composite ranking. */
@Route("quan-tri/trong-so-xep-hang")
@RolesAllowed("ADMIN")
@Menu(order = 125, title = "analytics.menu.weights", icon = "vaadin:scale")
public class CompositeWeightsView extends VerticalLayout implements HasDynamicTitle {

    private final CompositeWeightService service;
    private final Grid<WeightRow> grid = new Grid<>();
    private final Map<Long, TextField> weightFields = new HashMap<>();
    private final Map<Long, TextField> decimalFields = new HashMap<>();
    private List<WeightRow> rows;

    public CompositeWeightsView(CompositeWeightService service) {
        this.service = service;
        setSizeFull();
        add(new ViewTitle(getTranslation("analytics.menu.weights")),
                new Paragraph(getTranslation("analytics.weights.intro")));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(WeightRow::sectionName).setHeader(getTranslation("analytics.weights.section"))
                .setAutoWidth(true);
        grid.addColumn(WeightRow::indicatorName).setHeader(getTranslation("analytics.weights.indicator"))
                .setFlexGrow(1).setWidth("20em");
        grid.addComponentColumn(this::weightField).setHeader(getTranslation("analytics.weights.weight"))
                .setWidth("8em").setFlexGrow(0);
        grid.addColumn(this::share).setHeader(getTranslation("analytics.weights.share")).setWidth("7em")
                .setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addComponentColumn(this::decimalsField).setHeader(getTranslation("analytics.weights.totalDecimals"))
                .setWidth("9em").setFlexGrow(0);
        grid.addComponentColumn(this::saveButton).setWidth("7em").setFlexGrow(0);
        grid.setSizeFull();
        add(grid);
        reload();
    }

    private void reload() {
        rows = service.weights(getLocale());
        grid.setItems(rows);
    }

    private TextField weightField(WeightRow row) {
        TextField field = new TextField();
        field.setValue(VnFormat.number(row.weight(), 2));
        field.setWidthFull();
        field.setId("weight-" + row.indicatorId());
        weightFields.put(row.indicatorId(), field);
        field.setAriaLabel(getTranslation("analytics.weights.weight") + " · " + row.indicatorName());
        return field;
    }

    private TextField decimalsField(WeightRow row) {
        TextField field = new TextField();
        field.setValue(row.totalDecimals() == null ? "" : String.valueOf(row.totalDecimals()));
        field.setWidthFull();
        field.setEnabled(row.isPercent());
        field.setId("decimals-" + row.indicatorId());
        decimalFields.put(row.indicatorId(), field);
        field.setAriaLabel(getTranslation("analytics.weights.totalDecimals") + " · " + row.indicatorName());
        return field;
    }

    private Button saveButton(WeightRow row) {
        Button save = new Button(getTranslation("analytics.weights.save"), e -> save(row));
        save.addThemeVariants(ButtonVariant.LUMO_SMALL);
        save.setId("save-" + row.indicatorId());
        return save;
    }

    private void save(WeightRow row) {
        TextField weight = weightFields.get(row.indicatorId());
        TextField decimals = decimalFields.get(row.indicatorId());
        Optional<BigDecimal> parsed = VnDecimal.parse(weight.getValue());
        if (parsed.isEmpty()) {
            weight.setInvalid(true);
            weight.setErrorMessage(getTranslation("analytics.weights.error.number"));
            return;
        }
        Integer places;
        if (decimals.getValue().isBlank()) {
            places = null;
        } else if (decimals.getValue().strip().matches("\\d{1,2}")) {
            places = Integer.valueOf(decimals.getValue().strip());
        } else {
            decimals.setInvalid(true);
            decimals.setErrorMessage(getTranslation("analytics.weights.error.decimals", "4"));
            return;
        }
        try {
            service.save(row.indicatorId(), parsed.get(), places, getLocale());
        } catch (BusinessException refused) {
            Notifications.error(refused.message(getLocale()));
            return;
        }
        Notifications.success(getTranslation("analytics.weights.saved", row.indicatorName()));
        reload();
    }

    private String share(WeightRow row) {
        BigDecimal sum = rows.stream().map(WeightRow::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.signum() == 0 || row.weight().signum() == 0) {
            return "–";
        }
        return VnFormat.number(row.weight().multiply(BigDecimal.valueOf(100)).divide(sum, MathContext.DECIMAL64), 1)
                + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("analytics.menu.weights");
    }
}
