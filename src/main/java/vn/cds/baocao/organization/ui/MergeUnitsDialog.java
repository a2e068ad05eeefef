package vn.cds.baocao.organization.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Comparator;
import java.util.List;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.service.UnitAdminService;
import vn.cds.baocao.organization.service.UnitAdminService.NewUnit;
import vn.cds.baocao.organization.service.UnitService;

/**
 * Merge units (A + B → C) from a date: into an existing unit (Sở TT&TT into Sở KH&CN) or into a new one. The merged
 * units keep their reports; the receiving unit reports from the merge date.
 */
class MergeUnitsDialog extends FormDialog {

    static final String INTO_EXISTING = "existing";
    static final String INTO_NEW = "new";

    final MultiSelectComboBox<Unit> sources = new MultiSelectComboBox<>();
    final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    final ComboBox<Unit> target = new ComboBox<>();
    final TextField newCode = new TextField();
    final TextField newFullName = new TextField();
    final TextField newShortName = new TextField();
    final ComboBox<UnitType> newType = new ComboBox<>();
    final VnDatePicker effectiveFrom = new VnDatePicker(null);
    final Checkbox moveReporters = new Checkbox();

    MergeUnitsDialog(UnitService units, UnitAdminService admin, SerializableRunnable onSaved) {
        super(Messages.get("admin.unit.mergeTitle"), Messages.get("admin.unit.merge"));
        setIntro(getTranslation("admin.unit.mergeExplanation"));
        List<Unit> open = units.allUnits().stream().filter(u -> u.getSuccessor() == null)
                .sorted(Comparator.comparing(Unit::getDisplayOrder)).toList();
        sources.setLabel(getTranslation("admin.unit.mergeSources"));
        sources.setItems(open);
        sources.setItemLabelGenerator(Unit::getFullName);
        mode.setLabel(getTranslation("admin.unit.mergeInto"));
        mode.setItems(INTO_EXISTING, INTO_NEW);
        mode.setItemLabelGenerator(m -> getTranslation("admin.unit.mergeInto." + m));
        mode.setValue(INTO_EXISTING);
        target.setLabel(getTranslation("admin.unit.mergeTarget"));
        target.setItems(open);
        target.setItemLabelGenerator(Unit::getFullName);
        newCode.setLabel(getTranslation("unit.code"));
        newCode.setHelperText(getTranslation("admin.unit.codeHelp"));
        newFullName.setLabel(getTranslation("unit.fullName"));
        newShortName.setLabel(getTranslation("unit.shortName"));
        newType.setLabel(getTranslation("unit.type"));
        newType.setItems(units.unitTypes());
        newType.setItemLabelGenerator(t -> t.name(getLocale()));
        effectiveFrom.setLabel(getTranslation("admin.unit.mergeDate"));
        effectiveFrom.setHelperText(getTranslation("admin.unit.mergeDateHelp"));
        moveReporters.setLabel(getTranslation("admin.unit.moveReporters"));
        moveReporters.setValue(true);

        addWide(sources);
        addWide(mode);
        addWide(target);
        addFields(newCode, newType, newFullName, newShortName);
        addFields(effectiveFrom);
        addWide(moveReporters);
        mode.addValueChangeListener(e -> showMode());
        showMode();

        setAction(() -> {
            List<Long> ids = sources.getValue().stream().map(Unit::getId).toList();
            Unit result;
            if (INTO_NEW.equals(mode.getValue())) {
                result = admin.mergeIntoNew(ids, new NewUnit(newCode.getValue(), newFullName.getValue(),
                        newShortName.getValue(), newType.getValue() == null ? null : newType.getValue().getCode(),
                        null, effectiveFrom.getValue(), null, null), moveReporters.getValue());
            } else {
                if (target.getValue() == null) {
                    throw new BusinessException("admin.unit.mergeTargetRequired");
                }
                result = admin.merge(ids, target.getValue().getId(), effectiveFrom.getValue(),
                        moveReporters.getValue());
            }
            Notifications.success(getTranslation("admin.unit.merged", result.getFullName()));
            onSaved.run();
        });
    }

    private void showMode() {
        boolean intoNew = INTO_NEW.equals(mode.getValue());
        target.setVisible(!intoNew);
        for (var field : List.of(newCode, newFullName, newShortName)) {
            field.setVisible(intoNew);
        }
        newType.setVisible(intoNew);
    }
}
