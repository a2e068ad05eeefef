package vn.cds.baocao.indicator.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.base.ui.form.VnDecimalField;
import vn.cds.baocao.indicator.domain.Aggregation;
import vn.cds.baocao.indicator.domain.CumulativeRule;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.domain.IndicatorSection;
import vn.cds.baocao.indicator.domain.ValueType;
import vn.cds.baocao.indicator.service.IndicatorAdminService;
import vn.cds.baocao.indicator.service.IndicatorAdminService.IndicatorForm;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitType;
import vn.cds.baocao.organization.service.UnitService;

/**
 * Add an indicator or edit one. When reports already hold its values, the fields that would change their meaning
 * (value type, cumulative rule, TỔNG row, start date) are locked, with the reason shown.
 */
class IndicatorDialog extends FormDialog {

    final TextField code = new TextField();
    final Select<IndicatorSection> section = new Select<>();
    final TextField nameVi = new TextField();
    final TextField shortNameVi = new TextField();
    final TextField nameEn = new TextField();
    final Select<ValueType> valueType = new Select<>();
    final Select<CumulativeRule> cumulativeRule = new Select<>();
    final ComboBox<Indicator> cumulativeOf = new ComboBox<>();
    final Select<Aggregation> aggregation = new Select<>();
    final IntegerField displayOrder = new IntegerField();
    final VnDecimalField lowerBound = new VnDecimalField(null);
    final VnDecimalField upperBound = new VnDecimalField(null);
    final VnDecimalField swingThreshold = new VnDecimalField(null);
    final VnDecimalField swingFloor = new VnDecimalField(null);
    final Checkbox required = new Checkbox();
    final Checkbox higherIsBetter = new Checkbox();
    final VnDatePicker validFrom = new VnDatePicker(null);
    final MultiSelectComboBox<UnitType> unitTypes = new MultiSelectComboBox<>();
    final MultiSelectComboBox<Unit> exemptUnits = new MultiSelectComboBox<>();

    IndicatorDialog(IndicatorAdminService service, UnitService units, Indicator indicator, LocalDate today,
                    SerializableRunnable onSaved) {
        super(Messages.get(indicator == null ? "admin.indicator.createTitle" : "admin.indicator.editTitle"),
                Messages.get("admin.save"));
        labels();
        List<IndicatorSection> sections = service.sections();
        section.setItems(sections);
        section.setItemLabelGenerator(s -> s.name(getLocale()));
        valueType.setItems(ValueType.values());
        valueType.setItemLabelGenerator(t -> getTranslation("valueType." + t.name()));
        cumulativeRule.setItems(CumulativeRule.values());
        cumulativeRule.setItemLabelGenerator(r -> getTranslation("cumulativeRule." + r.name()));
        List<Indicator> perPeriod = service.indicators().stream()
                .filter(i -> i.getCumulativeRule() == CumulativeRule.NONE && i.getValueType().isNumeric())
                .filter(i -> indicator == null || !i.getId().equals(indicator.getId())).toList();
        cumulativeOf.setItems(perPeriod);
        cumulativeOf.setItemLabelGenerator(i -> i.getNameVi() + " (" + i.getCode() + ")");
        cumulativeOf.setClearButtonVisible(true);
        aggregation.setItems(Aggregation.values());
        aggregation.setItemLabelGenerator(a -> getTranslation("admin.aggregation." + a.name()));
        List<UnitType> types = units.unitTypes();
        unitTypes.setItems(types);
        unitTypes.setItemLabelGenerator(t -> t.name(getLocale()));
        List<Unit> allUnits = units.allUnits();
        exemptUnits.setItems(allUnits);
        exemptUnits.setItemLabelGenerator(Unit::getShortName);
        cumulativeRule.addValueChangeListener(e -> cumulativeOf.setEnabled(
                e.getValue() == CumulativeRule.RUNNING_TOTAL || e.getValue() == CumulativeRule.YEAR_TO_DATE));

        addFields(code, section);
        addWide(nameVi);
        addFields(shortNameVi, nameEn, valueType, aggregation, cumulativeRule, cumulativeOf, lowerBound, upperBound,
                swingThreshold, swingFloor, displayOrder, validFrom, required, higherIsBetter);
        addWide(unitTypes);
        addWide(exemptUnits);

        IndicatorForm current = indicator == null ? null : IndicatorForm.of(indicator);
        if (current == null) {
            section.setValue(sections.isEmpty() ? null : sections.getFirst());
            valueType.setValue(ValueType.COUNT);
            cumulativeRule.setValue(CumulativeRule.NONE);
            aggregation.setValue(Aggregation.SUM);
            required.setValue(true);
            higherIsBetter.setValue(true);
            validFrom.setValue(today);
        } else {
            fill(current, sections, perPeriod, types, allUnits);
            if (service.hasStoredValues(indicator.getId())) {
                valueType.setReadOnly(true);
                cumulativeRule.setReadOnly(true);
                cumulativeOf.setReadOnly(true);
                aggregation.setReadOnly(true);
                validFrom.setReadOnly(true);
                Paragraph locked = new Paragraph(getTranslation("admin.indicator.lockedHint"));
                locked.addClassName("cds-hint");
                locked.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin", "0 auto 0 0");
                getFooter().addComponentAsFirst(locked);
            }
        }
        cumulativeOf.setEnabled(cumulativeRule.getValue() == CumulativeRule.RUNNING_TOTAL
                || cumulativeRule.getValue() == CumulativeRule.YEAR_TO_DATE);

        setAction(() -> {
            IndicatorForm form = new IndicatorForm(code.getValue(),
                    section.getValue() == null ? null : section.getValue().getCode(), nameVi.getValue(),
                    shortNameVi.getValue(), nameEn.getValue(), valueType.getValue(), cumulativeRule.getValue(),
                    cumulativeOf.isEnabled() && cumulativeOf.getValue() != null ? cumulativeOf.getValue().getId() : null,
                    aggregation.getValue(), displayOrder.getValue(), lowerBound.getDecimal(), upperBound.getDecimal(),
                    required.getValue(), swingThreshold.getDecimal(), swingFloor.getDecimal(), higherIsBetter.getValue(),
                    validFrom.getValue(),
                    unitTypes.getValue().stream().map(UnitType::getCode).collect(Collectors.toSet()),
                    exemptUnits.getValue().stream().map(Unit::getId).collect(Collectors.toSet()));
            if (indicator == null) {
                service.create(form);
            } else {
                service.update(indicator.getId(), form);
            }
            Notifications.success(getTranslation("admin.saved"));
            onSaved.run();
        });
    }

    private void labels() {
        code.setLabel(getTranslation("indicator.code"));
        code.setHelperText(getTranslation("admin.indicator.codeHelp"));
        section.setLabel(getTranslation("indicator.section"));
        nameVi.setLabel(getTranslation("admin.indicator.nameVi"));
        shortNameVi.setLabel(getTranslation("admin.indicator.shortName"));
        shortNameVi.setHelperText(getTranslation("admin.indicator.shortNameHelp"));
        nameEn.setLabel(getTranslation("admin.indicator.nameEn"));
        valueType.setLabel(getTranslation("indicator.valueType"));
        cumulativeRule.setLabel(getTranslation("indicator.cumulativeRule"));
        cumulativeOf.setLabel(getTranslation("admin.indicator.cumulativeOf"));
        aggregation.setLabel(getTranslation("admin.indicator.aggregation"));
        displayOrder.setLabel(getTranslation("admin.displayOrder"));
        lowerBound.setLabel(getTranslation("admin.indicator.lowerBound"));
        upperBound.setLabel(getTranslation("admin.indicator.upperBound"));
        swingThreshold.setLabel(getTranslation("admin.indicator.swingThreshold"));
        swingThreshold.setHelperText(getTranslation("admin.indicator.swingHelp"));
        swingFloor.setLabel(getTranslation("admin.indicator.swingFloor"));
        swingFloor.setHelperText(getTranslation("admin.indicator.swingFloorHelp"));
        required.setLabel(getTranslation("admin.indicator.required"));
        higherIsBetter.setLabel(getTranslation("admin.indicator.higherIsBetter"));
        validFrom.setLabel(getTranslation("unit.validFrom"));
        unitTypes.setLabel(getTranslation("indicator.unitTypes"));
        exemptUnits.setLabel(getTranslation("admin.indicator.exemptUnits"));
        exemptUnits.setHelperText(getTranslation("admin.indicator.exemptHelp"));
    }

    private void fill(IndicatorForm f, List<IndicatorSection> sections, List<Indicator> perPeriod,
                      List<UnitType> types, List<Unit> allUnits) {
        code.setValue(f.code());
        code.setReadOnly(true);
        sections.stream().filter(s -> s.getCode().equals(f.sectionCode())).findFirst().ifPresent(section::setValue);
        nameVi.setValue(f.nameVi());
        shortNameVi.setValue(f.shortNameVi());
        nameEn.setValue(f.nameEn());
        valueType.setValue(f.valueType());
        cumulativeRule.setValue(f.cumulativeRule());
        perPeriod.stream().filter(i -> i.getId().equals(f.cumulativeOfId())).findFirst().ifPresent(cumulativeOf::setValue);
        aggregation.setValue(f.aggregation());
        displayOrder.setValue(f.displayOrder());
        lowerBound.setDecimal(f.lowerBound());
        upperBound.setDecimal(f.upperBound());
        swingThreshold.setDecimal(f.swingThreshold());
        swingFloor.setDecimal(f.swingFloor());
        required.setValue(f.required());
        higherIsBetter.setValue(f.higherIsBetter());
        validFrom.setValue(f.validFrom());
        Set<String> typeCodes = f.unitTypeCodes();
        unitTypes.setValue(types.stream().filter(t -> typeCodes.contains(t.getCode())).collect(Collectors.toSet()));
        exemptUnits.setValue(allUnits.stream().filter(u -> f.exemptUnitIds().contains(u.getId()))
                .collect(Collectors.toSet()));
    }
}
