package vn.cds.baocao.security.service;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import vn.cds.baocao.base.error.BusinessException;

/**
 * Around every {@code @PreAuthorize} service method: reads the caller's account from the database once per call
 * (one statement; nested secured calls reuse it) and refuses when it was disabled, locked or changed since the
 * login, and, while the user must change the password, everything but {@link AllowedBeforePasswordChange} methods.
 * Calls without a signed-in user (API tokens, scheduled jobs) pass unchanged to the role checks.
 */
final class CurrentAccountInterceptor implements MethodInterceptor {

    private final ObjectProvider<AccountCheck> accounts;

    CurrentAccountInterceptor(ObjectProvider<AccountCheck> accounts) {
        this.accounts = accounts;
    }

    @Override
    public Object invoke(MethodInvocation call) throws Throwable {
        AppUserDetails signedIn = CurrentUser.signedIn();
        AppUserDetails outer = CurrentUser.inCall();
        if (signedIn == null || signedIn.equals(outer)) {
            return call.proceed();
        }
        AppUserDetails account = accounts.getObject().current(signedIn);
        if (account.isMustChangePassword()
                && !AnnotatedElementUtils.hasAnnotation(call.getMethod(), AllowedBeforePasswordChange.class)) {
            throw new BusinessException("security.account.mustChangePassword");
        }
        CurrentUser.enterCall(account);
        try {
            return call.proceed();
        } finally {
            if (outer == null) {
                CurrentUser.leaveCall();
            } else {
                CurrentUser.enterCall(outer);
            }
        }
    }
}
