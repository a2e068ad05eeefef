package vn.cds.baocao.period.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.period.service.PeriodAdminService;

/** A day off that deadlines skip. */
class HolidayDialog extends FormDialog {

    final VnDatePicker date = new VnDatePicker(null);
    final TextField name = new TextField();

    HolidayDialog(PeriodAdminService service, SerializableRunnable onSaved) {
        super(Messages.get("admin.holiday.add"), Messages.get("admin.save"));
        date.setLabel(getTranslation("admin.holiday.date"));
        name.setLabel(getTranslation("admin.holiday.name"));
        name.setPlaceholder(getTranslation("admin.holiday.namePlaceholder"));
        addFields(date, name);
        setAction(() -> {
            service.addHoliday(date.getValue(), name.getValue());
            Notifications.success(getTranslation("admin.saved"));
            onSaved.run();
        });
    }
}
