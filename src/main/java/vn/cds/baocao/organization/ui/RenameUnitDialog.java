package vn.cds.baocao.organization.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.UnitAdminService;

/** A new name from a date; earlier periods keep showing the old name. */
class RenameUnitDialog extends FormDialog {

    final TextField fullName = new TextField();
    final TextField shortName = new TextField();
    final VnDatePicker effectiveFrom = new VnDatePicker(null);

    RenameUnitDialog(UnitAdminService admin, Unit unit, SerializableRunnable onSaved) {
        super(Messages.get("admin.unit.renameTitle", unit.getFullName()), Messages.get("admin.unit.rename"));
        setIntro(getTranslation("admin.unit.renameExplanation"));
        fullName.setLabel(getTranslation("admin.unit.newFullName"));
        fullName.setValue(unit.getFullName());
        shortName.setLabel(getTranslation("admin.unit.newShortName"));
        shortName.setValue(unit.getShortName());
        effectiveFrom.setLabel(getTranslation("admin.unit.renameFrom"));
        addWide(fullName);
        addFields(shortName, effectiveFrom);
        setAction(() -> {
            admin.rename(unit.getId(), fullName.getValue(), shortName.getValue(), effectiveFrom.getValue());
            Notifications.success(getTranslation("admin.saved"));
            onSaved.run();
        });
    }
}
