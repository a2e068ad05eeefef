package vn.cds.baocao.audit.service;

import java.time.LocalDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.audit.domain.AdminAuditEntry;
import vn.cds.baocao.audit.domain.AdminAuditRepository;
import vn.cds.baocao.audit.domain.AuditAction;

/**
 * Writes audit lines. An administrator's action goes through {@link AdminAudit#record}, which names the signed-in
 * administrator; what no administrator's session does is written here with its actor: a user's own password change
 * (the user), the lock after failed logins ({@link #SYSTEM}), the console's create-admin ({@link #CONSOLE}). No role
 * check: its callers are the security feature's own steps, inside their transactions.
 */
@Service
public class AuditTrail {

    /** The actor of what the application does by itself (e.g. locking an account after failed logins). */
    public static final String SYSTEM = "system";
    /** The actor of what the console commands do ({@code java -jar app.jar create-admin}). */
    public static final String CONSOLE = "console";

    private final AdminAuditRepository entries;

    public AuditTrail(AdminAuditRepository entries) {
        this.entries = entries;
    }

    /** Records a line inside the action's own transaction, so the action and its line are saved together. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String actor, LocalDateTime occurredAt, AuditAction action, String objectKey,
                         AuditDetails details) {
        entries.save(new AdminAuditEntry(occurredAt, actor, action, objectKey,
                details == null || details.isEmpty() ? null : details.text()));
    }
}
