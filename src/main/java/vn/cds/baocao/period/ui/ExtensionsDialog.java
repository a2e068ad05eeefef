package vn.cds.baocao.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.ui.GridCsv;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.format.VnFormat;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.period.domain.DeadlineExtension;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodAdminService;

/** The later deadlines granted in a period, and a form to grant one more. */
class ExtensionsDialog extends FormDialog {

    final Grid<DeadlineExtension> grid = new Grid<>();
    final ComboBox<Unit> unit = new ComboBox<>();
    final VnDatePicker deadline = new VnDatePicker(null);
    final TextField reason = new TextField();
    private final transient PeriodAdminService service;
    private final ReportingPeriod period;

    ExtensionsDialog(PeriodAdminService service, ReportingPeriod period, SerializableRunnable onSaved) {
        super(Messages.get("admin.period.extensionsTitle", period.name()), Messages.get("admin.period.extend"));
        this.service = service;
        this.period = period;
        setWidth("min(980px, 95vw)");
        grid.addColumn(e -> e.getUnit().getShortName()).setHeader(getTranslation("unit")).setAutoWidth(true);
        grid.addColumn(e -> VnFormat.date(e.getDeadline())).setHeader(getTranslation("admin.period.newDeadline"))
                .setAutoWidth(true);
        grid.addColumn(DeadlineExtension::getReason).setHeader(getTranslation("admin.unit.reason")).setFlexGrow(1);
        grid.addColumn(e -> e.getGrantedBy() + ", " + VnFormat.dateTime(e.getGrantedAt()))
                .setHeader(getTranslation("admin.period.grantedBy")).setAutoWidth(true);
        grid.addComponentColumn(e -> {
            Button remove = new Button(getTranslation("admin.delete"), click -> {
                service.removeExtension(e.getId());
                Notifications.success(getTranslation("admin.deleted"));
                refresh();
                onSaved.run();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            return remove;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);

        Paragraph intro = new Paragraph(getTranslation("admin.period.extensionIntro", period.label(getLocale()),
                VnFormat.date(period.getDeadline())));
        unit.setLabel(getTranslation("unit"));
        unit.setItems(service.reportingUnits(period.getId()));
        unit.setItemLabelGenerator(Unit::getFullName);
        deadline.setLabel(getTranslation("admin.period.newDeadline"));
        reason.setLabel(getTranslation("admin.unit.reason"));
        form().addComponentAsFirst(intro);
        form().setColspan(intro, 2);
        addWide(GridCsv.link(grid, "gia-han"));
        addWide(grid);
        addWide(new H4(getTranslation("admin.period.grantExtension")));
        addWide(unit);
        addFields(deadline, reason);
        refresh();
        setAction(() -> {
            if (unit.getValue() == null) {
                throw new BusinessException("admin.period.unitRequired");
            }
            service.extendDeadline(period.getId(), unit.getValue().getId(), deadline.getValue(), reason.getValue());
            Notifications.success(getTranslation("admin.period.extended", unit.getValue().getFullName(),
                    VnFormat.date(deadline.getValue())));
            onSaved.run();
        });
    }

    private void refresh() {
        grid.setItems(service.extensions(period.getId()));
    }
}
