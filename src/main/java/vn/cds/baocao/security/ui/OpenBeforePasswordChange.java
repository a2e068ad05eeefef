package vn.cds.baocao.security.ui;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A page that opens even while the signed-in user must change the password ({@code PasswordChangeEnforcer} sends
 * every other page to "Đổi mật khẩu"): the password page itself, the login page, the access-denied page.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface OpenBeforePasswordChange {
}
