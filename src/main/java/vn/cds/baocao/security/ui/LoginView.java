package vn.cds.baocao.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import vn.cds.baocao.security.service.LoginThrottle;

/** The Vietnamese sign-in page. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
@OpenBeforePasswordChange
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();
    private final long throttleMinutes;

    public LoginView(LoginThrottle throttle) {
        this.throttleMinutes = throttle.blockMinutes();
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n(getTranslation("login.error.title"), getTranslation("login.error.failed")));

        H1 title = new H1(getTranslation("app.name"));
        title.addClassName("login-title");
        Paragraph subtitle = new Paragraph(getTranslation("app.subtitle"));
        subtitle.addClassName("login-subtitle");
        add(title, subtitle, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        List<String> error = event.getLocation().getQueryParameters().getParameters().get("error");
        if (error != null) {
            login.setI18n(i18n(getTranslation("login.error.title"),
                    getTranslation(errorKey(error.isEmpty() ? "" : error.getFirst()), throttleMinutes)));
            login.setError(true);
        }
    }

    /**
     * The reason the login failed, as {@code LoginFailureHandler} put it in the address. A wrong username, a wrong
     * password, a disabled and a locked account all get the same sentence: the page must not tell anyone which
     * accounts exist or what state they are in.
     */
    static String errorKey(String reason) {
        return switch (reason) {
            case "throttled" -> "login.error.throttled";
            case "database" -> "login.error.databaseUnavailable";
            case "system" -> "login.error.system";
            case "expired" -> "login.error.expired";
            default -> "login.error.failed";
        };
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form form = i18n.getForm();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        error.setUsername(getTranslation("login.error.usernameRequired"));
        error.setPassword(getTranslation("login.error.passwordRequired"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.pageTitle");
    }
}
