package vn.cds.baocao.base.database;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** True when an external database URL is set. */
class ExternalDatabaseCondition implements Condition {

    private final NoExternalDatabaseCondition embedded = new NoExternalDatabaseCondition();

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !embedded.matches(context, metadata);
    }
}
