package vn.cds.baocao.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitNameHistory;
import vn.cds.baocao.organization.service.UnitHistory;
import vn.cds.baocao.organization.service.UnitHistory.LineageEntry;

/** A unit's earlier names and its lineage of merges. */
class UnitHistoryDialog extends Dialog {

    UnitHistoryDialog(UnitHistory history, Unit unit) {
        setHeaderTitle(Messages.get("admin.unit.historyTitle", unit.getFullName()));
        setWidth("min(900px, 95vw)");

        add(new H4(getTranslation("admin.unit.earlierNames")));
        var names = history.earlierNames(unit);
        if (names.isEmpty()) {
            add(new Paragraph(getTranslation("admin.unit.noEarlierNames")));
        } else {
            Grid<UnitNameHistory> grid = new Grid<>();
            grid.addColumn(UnitNameHistory::getFullName).setHeader(getTranslation("unit.fullName")).setAutoWidth(true);
            grid.addColumn(UnitNameHistory::getShortName).setHeader(getTranslation("unit.shortName")).setAutoWidth(true);
            grid.addColumn(n -> VnFormat.date(n.getValidFrom()) + " – " + VnFormat.date(n.getValidTo()))
                    .setHeader(getTranslation("admin.unit.usedFromTo")).setAutoWidth(true);
            grid.setItems(names);
            grid.setAllRowsVisible(true);
            add(GridCsv.link(grid, "ten-cu"), grid);
        }

        add(new H4(getTranslation("admin.unit.lineage")));
        Grid<LineageEntry> lineage = new Grid<>();
        lineage.addColumn(e -> getTranslation("admin.unit.relation." + e.relation().name()))
                .setHeader(getTranslation("admin.unit.relation")).setAutoWidth(true);
        lineage.addColumn(LineageEntry::fullName).setHeader(getTranslation("unit.fullName")).setAutoWidth(true);
        lineage.addColumn(e -> VnFormat.date(e.validFrom()) + " – " + VnFormat.date(e.validTo()))
                .setHeader(getTranslation("admin.unit.validity")).setAutoWidth(true);
        lineage.addColumn(e -> e.successorCode() == null ? "" : e.successorCode())
                .setHeader(getTranslation("admin.unit.successor")).setAutoWidth(true);
        lineage.setItems(history.lineage(unit).all());
        lineage.setAllRowsVisible(true);
        add(GridCsv.link(lineage, "lich-su-don-vi"), lineage, new Paragraph(getTranslation("admin.unit.lineageExplanation")));
        getFooter().add(new Button(getTranslation("admin.close"), e -> close()));
    }
}
