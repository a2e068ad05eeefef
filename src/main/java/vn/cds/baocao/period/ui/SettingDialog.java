package vn.cds.baocao.period.ui;

import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import java.time.LocalDate;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.period.domain.AgencySettingKey;
import vn.cds.baocao.period.service.AgencySettings;

/** A new value of one setting from a date; earlier documents keep the earlier value. */
class SettingDialog extends FormDialog {

    final Select<AgencySettingKey> key = new Select<>();
    final TextField value = new TextField();
    final VnDatePicker effectiveFrom = new VnDatePicker(null);

    SettingDialog(AgencySettings settings, LocalDate today, SerializableRunnable onSaved) {
        super(Messages.get("admin.settings.change"), Messages.get("admin.save"));
        setIntro(getTranslation("admin.settings.changeExplanation"));
        key.setLabel(getTranslation("admin.settings.setting"));
        key.setItems(AgencySettingKey.values());
        key.setItemLabelGenerator(k -> getTranslation("admin.settings.key." + k.name()));
        key.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                value.setValue(settings.value(e.getValue(), today));
                value.setHelperText(getTranslation("admin.settings.help." + e.getValue().name()));
            }
        });
        value.setLabel(getTranslation("admin.audit.field.value"));
        effectiveFrom.setLabel(getTranslation("admin.audit.field.effectiveFrom"));
        effectiveFrom.setValue(today);
        addWide(key);
        addWide(value);
        addFields(effectiveFrom);
        key.setValue(AgencySettingKey.REVIEWING_AGENCY);
        setAction(() -> {
            settings.change(key.getValue(), value.getValue(), effectiveFrom.getValue());
            Notifications.success(getTranslation("admin.saved"));
            onSaved.run();
        });
    }
}
