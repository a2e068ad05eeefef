package vn.cds.baocao.security.service;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;

/**
 * Applies {@link CurrentAccountInterceptor} to every {@code @PreAuthorize} method (or class), right after the role
 * check and before the transaction starts.
 */
@Configuration(proxyBeanMethods = false)
class CurrentAccountConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor currentAccountAdvisor(ObjectProvider<AccountCheck> accounts) {
        ComposablePointcut secured = new ComposablePointcut(AnnotationMatchingPointcut.forClassAnnotation(
                PreAuthorize.class)).union(AnnotationMatchingPointcut.forMethodAnnotation(PreAuthorize.class));
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(secured, new CurrentAccountInterceptor(accounts));
        advisor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder() + 1);
        return advisor;
    }
}
