package vn.cds.baocao.organization.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.service.UnitAdminService;
import vn.cds.baocao.organization.service.UnitAdminService.NewUnit;
import vn.cds.baocao.organization.service.UnitAdminService.UnitChanges;
import vn.cds.baocao.organization.service.UnitService;

/** Add a unit, or edit one's type, parent, order and notes (names change through "Đổi tên"). */
class UnitDialog extends FormDialog {

    final TextField code = new TextField();
    final TextField fullName = new TextField();
    final TextField shortName = new TextField();
    final ComboBox<UnitType> type = new ComboBox<>();
    final ComboBox<Unit> parent = new ComboBox<>();
    final VnDatePicker validFrom = new VnDatePicker(null);
    final IntegerField displayOrder = new IntegerField();
    final TextArea notes = new TextArea();

    UnitDialog(UnitService units, UnitAdminService admin, Unit unit, SerializableRunnable onSaved) {
        super(Messages.get(unit == null ? "admin.unit.createTitle" : "admin.unit.editTitle"),
                Messages.get("admin.save"));
        code.setLabel(getTranslation("unit.code"));
        code.setHelperText(getTranslation("admin.unit.codeHelp"));
        fullName.setLabel(getTranslation("unit.fullName"));
        shortName.setLabel(getTranslation("unit.shortName"));
        type.setLabel(getTranslation("unit.type"));
        type.setItems(units.unitTypes());
        type.setItemLabelGenerator(t -> t.name(getLocale()));
        parent.setLabel(getTranslation("admin.unit.parent"));
        parent.setItems(units.allUnits().stream().filter(u -> unit == null || !u.getId().equals(unit.getId())).toList());
        parent.setItemLabelGenerator(Unit::getFullName);
        parent.setClearButtonVisible(true);
        parent.setHelperText(getTranslation("admin.unit.parentHelp"));
        validFrom.setLabel(getTranslation("unit.validFrom"));
        displayOrder.setLabel(getTranslation("admin.displayOrder"));
        displayOrder.setHelperText(getTranslation("admin.unit.displayOrderHelp"));
        notes.setLabel(getTranslation("period.notes"));
        code.setRequiredIndicatorVisible(true);
        fullName.setRequiredIndicatorVisible(true);
        shortName.setRequiredIndicatorVisible(true);
        type.setRequiredIndicatorVisible(true);
        validFrom.setRequiredIndicatorVisible(true);
        addFields(code, type, fullName, shortName, parent, validFrom, displayOrder);
        addWide(notes);

        if (unit != null) {
            code.setValue(unit.getCode());
            fullName.setValue(unit.getFullName());
            shortName.setValue(unit.getShortName());
            validFrom.setValue(unit.getValidFrom());
            code.setReadOnly(true);
            fullName.setReadOnly(true);
            shortName.setReadOnly(true);
            validFrom.setReadOnly(true);
            fullName.setHelperText(getTranslation("admin.unit.renameHint"));
            type.getListDataView().getItems().filter(t -> t.getCode().equals(unit.getType().getCode())).findFirst()
                    .ifPresent(type::setValue);
            Unit current = admin.unit(unit.getId());
            Long parentId = current.getParent() == null ? null : current.getParent().getId();
            parent.getListDataView().getItems().filter(u -> u.getId().equals(parentId)).findFirst()
                    .ifPresent(parent::setValue);
            displayOrder.setValue(unit.getDisplayOrder());
            notes.setValue(unit.getNotes() == null ? "" : unit.getNotes());
        }
        setAction(() -> {
            String typeCode = type.getValue() == null ? null : type.getValue().getCode();
            Long parentId = parent.getValue() == null ? null : parent.getValue().getId();
            if (unit == null) {
                Unit created = admin.create(new NewUnit(code.getValue(), fullName.getValue(), shortName.getValue(),
                        typeCode, parentId, validFrom.getValue(), displayOrder.getValue(), notes.getValue()));
                Notifications.success(getTranslation("admin.unit.created", created.getFullName()));
            } else {
                admin.update(unit.getId(), new UnitChanges(typeCode, parentId, displayOrder.getValue(),
                        notes.getValue()));
                Notifications.success(getTranslation("admin.saved"));
            }
            onSaved.run();
        });
    }
}
