package vn.cds.baocao.base.access;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A service method a view may call without a role check, on purpose: it gives nothing of the province's data (the
 * caller's own sign-in, today's date, a setting of the login page) or only runs work that checks its own role. The
 * architecture test lets a view call a service method only when it has {@code @PreAuthorize} or this.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface NoRoleCheck {

    /** Why no role is checked. */
    String value();
}
