package vn.cds.baocao.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import vn.cds.baocao.base.i18n.Messages;
import vn.cds.baocao.base.ui.form.FormDialog;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.service.UserAdminService;

/**
 * Sets a temporary password; the user must change it at the next login. The administrator sees the password once,
 * to hand it over, and it is never stored in clear or written to the log.
 */
class ResetPasswordDialog extends FormDialog {

    final TextField password = new TextField();

    ResetPasswordDialog(UserAdminService service, AppUser user, SerializableRunnable onSaved) {
        super(Messages.get("admin.user.resetTitle", user.getUsername()), Messages.get("admin.user.resetPassword"));
        setIntro(getTranslation("admin.user.resetExplanation", user.getFullName()));
        password.setLabel(getTranslation("admin.user.temporaryPassword"));
        password.setHelperText(getTranslation("admin.password.rules"));
        password.setWidth("20em");
        password.setValue(service.generatePassword(user.getUsername()));
        Button generate = new Button(getTranslation("admin.user.generatePassword"),
                e -> password.setValue(service.generatePassword(user.getUsername())));
        generate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout row = new HorizontalLayout(password, generate);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        addWide(row);
        setAction(() -> {
            String temporary = password.getValue();
            service.resetPassword(user.getId(), temporary);
            ConfirmDialog shown = new ConfirmDialog(getTranslation("admin.user.resetDoneTitle"),
                    getTranslation("admin.user.resetDone", user.getUsername(), temporary), getTranslation("admin.close"),
                    e -> { });
            shown.setId("temporary-password");
            shown.open();
            onSaved.run();
        });
    }
}
