package vn.cds.baocao.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.sql.SQLTransientConnectionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import vn.cds.baocao.base.error.BusinessException;

/** Test-only page that fails while it is opened, in the way its address names (navigation error pages). */
@Route("test/fails")
@PermitAll
public class FailingTestView extends Div implements HasUrlParameter<String> {

    static final String SECRET = "internal detail 4711 at vn.cds.baocao.Secret";

    @Override
    public void setParameter(BeforeEvent event, String how) {
        switch (how) {
            case "refused" -> throw new BusinessException("workflow.periodNotFound");
            case "database" -> throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("cds - Connection is not available, request timed out after 3000ms"));
            case "denied" -> throw new org.springframework.security.authorization.AuthorizationDeniedException("Access Denied");
            default -> throw new IllegalStateException(SECRET);
        }
    }
}
