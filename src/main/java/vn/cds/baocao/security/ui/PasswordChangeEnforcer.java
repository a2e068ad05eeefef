package vn.cds.baocao.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;
import vn.cds.baocao.security.service.AccountService;
import vn.cds.baocao.security.service.CurrentUser;

/**
 * After a login with a password an administrator set, every page leads to "Đổi mật khẩu" until the user has
 * changed it. Checked once per session and user; the check is cleared when the password is changed.
 */
@Component
class PasswordChangeEnforcer implements VaadinServiceInitListener {

    private static final String CHECKED = PasswordChangeEnforcer.class.getName() + ".checkedFor";

    private final AccountService account;
    private final CurrentUser currentUser;

    PasswordChangeEnforcer(AccountService account, CurrentUser currentUser) {
        this.account = account;
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    private void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // an error page (e.g. "the database cannot be reached") is shown as it is, never replaced by this one
        if (target != null && (target.isAnnotationPresent(OpenBeforePasswordChange.class)
                || HasErrorParameter.class.isAssignableFrom(target))) {
            return;
        }
        currentUser.asSignedIn().ifPresent(user -> {
            VaadinSession session = VaadinSession.getCurrent();
            if (session != null && user.getUsername().equals(session.getAttribute(CHECKED))) {
                return;
            }
            if (account.mustChangePassword()) {
                event.forwardTo(ChangePasswordView.class);
            } else if (session != null) {
                session.setAttribute(CHECKED, user.getUsername());
            }
        });
    }

    /** The signed-in user has just changed the password: the next page checks again and lets them through. */
    static void markChanged() {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(CHECKED, null);
        }
    }
}
