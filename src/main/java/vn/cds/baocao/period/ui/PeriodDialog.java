package vn.cds.baocao.period.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.period.domain.ReportingPeriod;
import vn.cds.baocao.period.service.PeriodAdminService;

/** A period's data window, deadline and notes. */
class PeriodDialog extends FormDialog {

    final VnDatePicker dataFrom = new VnDatePicker(null);
    final VnDatePicker dataTo = new VnDatePicker(null);
    final VnDatePicker deadline = new VnDatePicker(null);
    final TextArea notes = new TextArea();

    PeriodDialog(PeriodAdminService service, ReportingPeriod period, SerializableRunnable onSaved) {
        super(Messages.get("admin.period.editTitle", period.name()), Messages.get("admin.save"));
        dataFrom.setLabel(getTranslation("period.dataFrom"));
        dataTo.setLabel(getTranslation("period.dataTo"));
        deadline.setLabel(getTranslation("period.deadline"));
        notes.setLabel(getTranslation("period.notes"));
        dataFrom.setValue(period.getDataFrom());
        dataTo.setValue(period.getDataTo());
        deadline.setValue(period.getDeadline());
        notes.setValue(period.getNotes() == null ? "" : period.getNotes());
        Button suggest = new Button(getTranslation("admin.period.suggestDeadline"), e -> {
            if (dataTo.getValue() != null) {
                deadline.setValue(service.suggestedDeadline(dataTo.getValue()));
            }
        });
        suggest.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addFields(dataFrom, dataTo, deadline, suggest);
        addWide(notes);
        setAction(() -> {
            service.update(period.getId(), dataFrom.getValue(), dataTo.getValue(), deadline.getValue(), notes.getValue());
            Notifications.success(getTranslation("admin.saved"));
            onSaved.run();
        });
    }
}
