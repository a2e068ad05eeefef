package vn.cds.baocao.review.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.FooterRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.ViewTitle;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.service.UnitService;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodService;
import vn.cds.baocao.review.service.CompletenessBoard;
import vn.cds.baocao.review.service.CompletenessBoard.Cell;
import vn.cds.baocao.review.service.CompletenessBoard.PeriodTotals;
import vn.cds.baocao.review.service.CompletenessService;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * "Tình hình nộp báo cáo": units × periods with status and late flags, and per period the counts and
 * "% nộp đúng hạn". Reviewers can remind a unit that has not reported.
 */
@Route("tinh-hinh-nop")
@RolesAllowed({"REVIEWER", "LEADER"})
@Menu(order = 25, title = "menu.completeness", icon = "vaadin:table")
public class CompletenessView extends VerticalLayout implements HasDynamicTitle {

    private static final int DEFAULT_PERIODS = 6;

    private final CompletenessService service;
    private final boolean reviewer;
    private final ComboBox<ReportingPeriod> from = new ComboBox<>();
    private final ComboBox<ReportingPeriod> to = new ComboBox<>();
    private final ComboBox<UnitType> unitType = new ComboBox<>();
    private final Div board = new Div();

    public CompletenessView(CompletenessService service, PeriodService periods, UnitService units,
                            CurrentUser currentUser) {
        this.service = service;
        this.reviewer = currentUser.require().hasRole(Role.REVIEWER);
        setSizeFull();
        add(new ViewTitle(getTranslation("menu.completeness")));

        List<ReportingPeriod> newestFirst = periods.newestFirst();
        for (ComboBox<ReportingPeriod> box : List.of(from, to)) {
            box.setItems(newestFirst);
            box.setItemLabelGenerator(p -> p.label(getLocale()));
            box.addValueChangeListener(e -> refresh());
        }
        from.setLabel(getTranslation("completeness.from"));
        to.setLabel(getTranslation("completeness.to"));
        if (!newestFirst.isEmpty()) {
            to.setValue(newestFirst.getFirst());
            from.setValue(newestFirst.get(Math.min(DEFAULT_PERIODS, newestFirst.size()) - 1));
        }
        unitType.setLabel(getTranslation("unit.type"));
        unitType.setItems(units.unitTypes().stream().filter(UnitType::isReporting).toList());
        unitType.setItemLabelGenerator(t -> t.name(getLocale()));
        unitType.setClearButtonVisible(true);
        unitType.setPlaceholder(getTranslation("review.filter.all"));
        unitType.addValueChangeListener(e -> refresh());
        HorizontalLayout filters = new HorizontalLayout(from, to, unitType);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        board.setSizeFull();
        add(filters, new Paragraph(getTranslation("completeness.legend")), board);
        refresh();
    }

    private void refresh() {
        board.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            show(service.board(from.getValue().yearMonth(), to.getValue().yearMonth(),
                    unitType.getValue() == null ? null : unitType.getValue().getCode()));
        } catch (BusinessException e) {
            board.add(new Paragraph(e.message(getLocale())));
        }
    }

    private void show(CompletenessBoard data) {
        Grid<CompletenessBoard.Row> grid = new Grid<>();
        grid.addClassName("completeness-grid");
        Grid.Column<CompletenessBoard.Row> unitColumn = grid.addColumn(r -> r.unit().getShortName())
                .setHeader(getTranslation("unit")).setFrozen(true).setAutoWidth(true).setFlexGrow(0);
        FooterRow footer = grid.appendFooterRow();
        footer.getCell(unitColumn).setText(getTranslation("completeness.totals"));
        for (ReportingPeriod period : data.periods()) {
            Grid.Column<CompletenessBoard.Row> column = grid.addComponentColumn(r -> cell(r, period))
                    .setHeader(period.label(getLocale())).setAutoWidth(true).setTextAlign(ColumnTextAlign.CENTER);
            PeriodTotals totals = data.totals().get(period.getId());
            footer.getCell(column).setText(getTranslation("completeness.periodTotals",
                    String.valueOf(totals.submitted()), String.valueOf(totals.expected()),
                    String.valueOf(totals.approved()),
                    totals.onTimePercent() == null ? "—" : VnFormat.percent(totals.onTimePercent())));
        }
        grid.setItems(data.rows());
        grid.setSizeFull();
        board.add(GridCsv.link(grid, "tinh-hinh-nop-bao-cao"), grid);
    }

    private Span cell(CompletenessBoard.Row row, ReportingPeriod period) {
        Cell cell = row.cells().get(period.getId());
        if (!cell.expected()) {
            return new Span("—");
        }
        String text = getTranslation(cell.status() == null ? "report.status.NONE" : "report.status." + cell.status().name());
        if (cell.late()) {
            text += " · " + getTranslation("completeness.late");
        }
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge small " + (cell.late() ? "error"
                : cell.status() == null ? "contrast" : cell.submitted() ? "success" : ""));
        if (reviewer && !cell.submitted()) {
            badge.getElement().setAttribute("title", getTranslation("completeness.remind.hint"));
            badge.addClassName("clickable");
            badge.addClickListener(e -> remind(row, period));
        }
        return badge;
    }

    private void remind(CompletenessBoard.Row row, ReportingPeriod period) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("completeness.remind.title", row.unit().getShortName(), period.name()));
        TextArea message = new TextArea(getTranslation("completeness.remind.message"));
        message.setMaxLength(CompletenessService.MAX_REMINDER_LENGTH);
        message.setWidth("28rem");
        message.setMaxWidth("100%");
        Button send = new Button(getTranslation("completeness.remind.send"), e -> {
            try {
                service.remind(row.unit().getId(), period.getId(), message.getValue());
                Notifications.success(getTranslation("completeness.remind.sent", row.unit().getShortName()));
                dialog.close();
            } catch (BusinessException ex) {
                Notifications.error(ex.message(getLocale()));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(message);
        dialog.getFooter().add(new Button(getTranslation("dialog.cancel"), e -> dialog.close()), send);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.completeness");
    }
}
