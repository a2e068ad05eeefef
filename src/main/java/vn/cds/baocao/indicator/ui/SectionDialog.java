package vn.cds.baocao.indicator.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.service.IndicatorAdminService;

/** A section (table) of the monthly report: its names and place. */
class SectionDialog extends FormDialog {

    final TextField code = new TextField();
    final TextField nameVi = new TextField();
    final TextField nameEn = new TextField();
    final IntegerField displayOrder = new IntegerField();

    SectionDialog(IndicatorAdminService service, IndicatorSection section, SerializableRunnable onSaved) {
        super(Messages.get(section == null ? "admin.section.createTitle" : "admin.section.editTitle"),
                Messages.get("admin.save"));
        code.setLabel(getTranslation("indicator.code"));
        code.setHelperText(getTranslation("admin.section.codeHelp"));
        nameVi.setLabel(getTranslation("admin.section.nameVi"));
        nameEn.setLabel(getTranslation("admin.section.nameEn"));
        displayOrder.setLabel(getTranslation("admin.displayOrder"));
        displayOrder.setValue(1);
        if (section != null) {
            code.setValue(section.getCode());
            code.setReadOnly(true);
            nameVi.setValue(section.getNameVi());
            nameEn.setValue(section.getNameEn());
            displayOrder.setValue(section.getDisplayOrder());
        }
        addFields(code, displayOrder);
        addWide(nameVi);
        addWide(nameEn);
        setAction(() -> {
            int order = displayOrder.getValue() == null ? 0 : displayOrder.getValue();
            if (section == null) {
                service.createSection(code.getValue(), nameVi.getValue(), nameEn.getValue(), order);
            } else {
                service.updateSection(section.getCode(), nameVi.getValue(), nameEn.getValue(), order);
            }
            Notifications.success(getTranslation("admin.saved"));
            onSaved.run();
        });
    }
}
