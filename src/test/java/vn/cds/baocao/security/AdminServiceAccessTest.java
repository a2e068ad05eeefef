package vn.cds.baocao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import vn.cds.baocao.audit.service.AdminAudit;
import vn.cds.baocao.indicator.service.IndicatorAdminService;
import vn.cds.baocao.indicator.service.PeriodCatalogSnapshots;
import vn.cds.baocao.organization.service.UnitAdminService;
import vn.cds.baocao.period.service.AgencySettings;
import vn.cds.baocao.period.service.PeriodAdminService;
import vn.cds.baocao.security.service.UserAdminService;
import vn.cds.baocao.support.CdsSpringTest;

/**
 * Every administration service method refuses reporters, reviewers and leaders at the service layer, whatever
 * screen (or no screen) calls it. The methods are found by reflection, so a new method cannot be forgotten.
 */
@CdsSpringTest
class AdminServiceAccessTest {

    private static final String ADMIN_ONLY = "hasRole('ADMIN')";

    @Autowired
    UserAdminService users;
    @Autowired
    UnitAdminService units;
    @Autowired
    IndicatorAdminService indicators;
    @Autowired
    PeriodAdminService periods;
    @Autowired
    AdminAudit audit;
    @Autowired
    AgencySettings settings;
    @Autowired
    PeriodCatalogSnapshots periodCatalogs;

    /** Every public method of the pure administration services. */
    private Map<Object, List<Method>> adminMethods() {
        return Map.of(users, publicMethods(users), units, publicMethods(units), indicators, publicMethods(indicators),
                periods, publicMethods(periods), audit, publicMethods(audit),
                settings, List.of(method(settings, "history"), method(settings, "change"), method(settings, "remove")),
                periodCatalogs, List.of(method(periodCatalogs, "refreshCatalog")));
    }

    @Test
    void everyAdministrationMethodIsAnnotatedAdminOnly() {
        List<String> missing = new ArrayList<>();
        adminMethods().values().forEach(methods -> methods.forEach(method -> {
            PreAuthorize rule = method.getAnnotation(PreAuthorize.class);
            if (rule == null || !ADMIN_ONLY.equals(rule.value())) {
                missing.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
        }));
        assertThat(missing).isEmpty();
        assertThat(adminMethods().values().stream().mapToInt(List::size).sum()).isGreaterThan(50);
    }

    @Test
    @WithUserDetails("reporter")
    void aReporterIsDeniedEveryAdministrationMethod() {
        assertEveryMethodDenied();
    }

    @Test
    @WithUserDetails("reviewer")
    void aReviewerIsDeniedEveryAdministrationMethod() {
        assertEveryMethodDenied();
    }

    @Test
    @WithUserDetails("leader")
    void aLeaderIsDeniedEveryAdministrationMethod() {
        assertEveryMethodDenied();
    }

    @Test
    void nobodySignedInIsDenied() {
        adminMethods().forEach((service, methods) -> methods.forEach(method -> {
            Throwable thrown = invoke(service, method);
            assertThat(thrown).as(method.getName()).isInstanceOfAny(AccessDeniedException.class,
                    AuthorizationDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        }));
    }

    private void assertEveryMethodDenied() {
        adminMethods().forEach((service, methods) -> methods.forEach(method -> {
            Throwable thrown = invoke(service, method);
            assertThat(thrown).as(method.getDeclaringClass().getSimpleName() + "." + method.getName())
                    .isInstanceOfAny(AccessDeniedException.class, AuthorizationDeniedException.class);
        }));
    }

    /** Calls the method with empty arguments; the role check runs before any argument is looked at. */
    private static Throwable invoke(Object service, Method method) {
        Object[] args = Arrays.stream(method.getParameterTypes()).map(AdminServiceAccessTest::empty).toArray();
        try {
            method.invoke(service, args);
            return fail("%s was allowed", method.getName());
        } catch (InvocationTargetException e) {
            return e.getCause();
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object empty(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        return null;
    }

    private static List<Method> publicMethods(Object bean) {
        return Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic())
                .toList();
    }

    private static Method method(Object bean, String name) {
        return Arrays.stream(AopUtils.getTargetClass(bean).getDeclaredMethods())
                .filter(m -> m.getName().equals(name)).findFirst().orElseThrow();
    }
}
