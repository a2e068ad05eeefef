package vn.cds.baocao.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import vn.cds.baocao.base.error.BusinessException;
import vn.cds.baocao.base.ui.Notifications;
import vn.cds.baocao.security.service.AccountService;

/**
 * "Đổi mật khẩu". Users come here of their own accord, or are sent here after signing in with a password an
 * administrator set ({@link PasswordChangeEnforcer}); then no other page opens until the password is changed.
 */
@Route(value = ChangePasswordView.ROUTE, autoLayout = false)
@PermitAll
@OpenBeforePasswordChange
public class ChangePasswordView extends VerticalLayout implements HasDynamicTitle {

    public static final String ROUTE = "doi-mat-khau";

    final PasswordField current = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Paragraph error = new Paragraph();

    public ChangePasswordView(AccountService account, AuthenticationContext authentication) {
        addClassName("change-password-view");
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        boolean forced = account.mustChangePassword();

        H1 app = new H1(getTranslation("app.name"));
        app.addClassName("login-title");
        H2 title = new H2(getTranslation("admin.password.changeTitle"));
        Paragraph explanation = new Paragraph(getTranslation(forced ? "admin.password.mustChange"
                : "admin.password.changeIntro"));
        explanation.setMaxWidth("32em");
        current.setLabel(getTranslation("admin.password.current"));
        newPassword.setLabel(getTranslation("admin.password.new"));
        newPassword.setHelperText(getTranslation("admin.password.rules"));
        confirmation.setLabel(getTranslation("admin.password.confirm"));
        for (PasswordField field : new PasswordField[] {current, newPassword, confirmation}) {
            field.setWidth("22em");
            field.setRequiredIndicatorVisible(true);
        }
        error.addClassName("cds-form-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("max-width", "32em");
        error.setVisible(false);

        Button change = new Button(getTranslation("admin.password.changeButton"), e -> {
            try {
                account.changePassword(current.getValue(), newPassword.getValue(), confirmation.getValue());
                PasswordChangeEnforcer.markChanged();
                Notifications.success(getTranslation("admin.password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (BusinessException refused) {
                error.setText(refused.message(getLocale()));
                error.setVisible(true);
            }
        });
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        change.setId("change-password");
        Button leave = forced
                ? new Button(getTranslation("layout.logout"), e -> authentication.logout())
                : new Button(getTranslation("admin.back"), e -> getUI().ifPresent(ui -> ui.navigate("")));
        leave.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(app, title, explanation, current, newPassword, confirmation, error, new HorizontalLayout(leave, change));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.password.changeTitle") + " · " + getTranslation("app.name");
    }
}
