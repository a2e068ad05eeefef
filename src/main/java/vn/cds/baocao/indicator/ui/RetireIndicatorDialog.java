package vn.cds.baocao.indicator.ui;

import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.base.ui.form.VnDatePicker;
import vn.cds.baocao.indicator.domain.Indicator;
import vn.cds.baocao.indicator.service.IndicatorAdminService;

/** Stop using an indicator after a day; periods already opened and their values keep it. */
class RetireIndicatorDialog extends FormDialog {

    final VnDatePicker lastDay = new VnDatePicker(null);

    RetireIndicatorDialog(IndicatorAdminService service, Indicator indicator, SerializableRunnable onSaved) {
        super(Messages.get("admin.indicator.retireTitle", indicator.getNameVi()),
                Messages.get("admin.indicator.retire"));
        setIntro(getTranslation("admin.indicator.retireExplanation"));
        lastDay.setLabel(getTranslation("admin.indicator.lastDay"));
        addFields(lastDay);
        setAction(() -> {
            service.retire(indicator.getId(), lastDay.getValue());
            Notifications.success(getTranslation("admin.saved"));
            onSaved.run();
        });
    }
}
