package vn.cds.baocao.base.ui.form;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.Notifications;

/** "Are you sure?" before an action that is hard to undo; a refusal is shown as a message. */
public final class Confirm {

    private Confirm() {
    }

    public static ConfirmDialog ask(String title, String text, String confirmLabel, SerializableRunnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(title);
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(UI.getCurrent().getTranslation("admin.form.cancel"));
        dialog.setConfirmText(confirmLabel);
        dialog.addConfirmListener(e -> {
            try {
                action.run();
            } catch (BusinessException refused) {
                Notifications.error(refused.message(Messages.currentLocale()));
            }
        });
        dialog.open();
        return dialog;
    }
}
