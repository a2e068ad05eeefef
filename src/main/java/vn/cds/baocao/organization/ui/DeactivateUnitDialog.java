package vn.cds.baocao.organization.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitAdminService;

/** The last day a unit exists; later periods expect no report from it. Its history stays. */
class DeactivateUnitDialog extends FormDialog {

    final VnDatePicker lastDay = new VnDatePicker(null);
    final TextField reason = new TextField();

    DeactivateUnitDialog(UnitAdminService admin, Unit unit, SerializableRunnable onSaved) {
        super(Messages.get("admin.unit.deactivateTitle", unit.getFullName()), Messages.get("admin.unit.deactivate"));
        setIntro(getTranslation("admin.unit.deactivateExplanation"));
        lastDay.setLabel(getTranslation("admin.unit.lastDay"));
        lastDay.setRequiredIndicatorVisible(true);
        reason.setLabel(getTranslation("admin.unit.reason"));
        reason.setPlaceholder(getTranslation("admin.unit.reasonPlaceholder"));
        addFields(lastDay);
        addWide(reason);
        setAction(() -> {
            admin.deactivate(unit.getId(), lastDay.getValue(), reason.getValue());
            Notifications.success(getTranslation("admin.unit.deactivated", unit.getFullName()));
            onSaved.run();
        });
    }
}
