package vn.cds.baocao.security.service;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A secured service method that a user who must change the password (new account, password reset) may call; every
 * other secured method refuses such a user ({@link CurrentAccountInterceptor}).
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AllowedBeforePasswordChange {
}
