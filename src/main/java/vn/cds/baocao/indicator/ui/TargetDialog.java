package vn.cds.baocao.indicator.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDecimalField;
import vn.cds.baocao.indicator.domain.Comparator;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorAdminService;
import vn.cds.baocao.indicator.service.IndicatorAdminService.TargetForm;
import vn.cds.baocao.indicator.service.IndicatorAdminService.TargetView;

/** A target of a year: comparator and value, optionally for one unit type only, with its source. */
class TargetDialog extends FormDialog {

    final ComboBox<Indicator> indicator = new ComboBox<>();
    final IntegerField year = new IntegerField();
    final Select<Comparator> comparator = new Select<>();
    final VnDecimalField value = new VnDecimalField(null);
    final ComboBox<String> unitType = new ComboBox<>();
    final TextArea source = new TextArea();

    TargetDialog(IndicatorAdminService service, Indicator fixedIndicator, TargetView target,
                 SerializableRunnable onSaved) {
        super(Messages.get(target == null ? "admin.target.createTitle" : "admin.target.editTitle"),
                Messages.get("admin.save"));
        indicator.setLabel(getTranslation("indicator.name"));
        indicator.setItems(fixedIndicator != null ? List.of(fixedIndicator)
                : service.indicators().stream().filter(i -> i.getValueType().isNumeric()).toList());
        indicator.setItemLabelGenerator(i -> i.getNameVi() + " (" + i.getCode() + ")");
        indicator.addValueChangeListener(e -> unitType.setItems(e.getValue() == null ? List.of()
                : e.getValue().getUnitTypeCodes().stream().sorted().toList()));
        if (fixedIndicator != null) {
            indicator.setValue(fixedIndicator);
            indicator.setReadOnly(true);
        }
        year.setLabel(getTranslation("target.year"));
        year.setStepButtonsVisible(true);
        comparator.setLabel(getTranslation("admin.target.comparator"));
        comparator.setItems(Comparator.values());
        comparator.setItemLabelGenerator(c -> c.symbol() + "  " + getTranslation("admin.comparator." + c.name()));
        comparator.setValue(Comparator.GE);
        value.setLabel(getTranslation("target.value"));
        unitType.setLabel(getTranslation("admin.target.unitType"));
        unitType.setPlaceholder(getTranslation("admin.target.allUnitTypes"));
        unitType.setClearButtonVisible(true);
        source.setLabel(getTranslation("target.source"));
        source.setHelperText(getTranslation("admin.target.sourceHelp"));
        addWide(indicator);
        addFields(year, comparator, value, unitType);
        addWide(source);
        if (target != null) {
            year.setValue(target.year());
            comparator.setValue(target.comparator());
            value.setDecimal(target.value());
            unitType.setValue(target.unitTypeCode());
            source.setValue(target.source());
        }
        setAction(() -> {
            if (indicator.getValue() == null || year.getValue() == null) {
                throw new BusinessException("admin.required");
            }
            TargetForm form = new TargetForm(year.getValue(), comparator.getValue(), value.getDecimal(),
                    unitType.getValue(), source.getValue());
            if (target == null) {
                service.addTarget(indicator.getValue().getId(), form);
            } else {
                service.updateTarget(target.id(), form);
            }
            Notifications.success(getTranslation("admin.saved"));
            onSaved.run();
        });
    }
}
