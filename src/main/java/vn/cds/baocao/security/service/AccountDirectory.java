package vn.cds.baocao.security.service;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.RecipientRepository;
import vn.cds.baocao.security.domain.Role;

/**
 * Accounts as other features need them, as plain values: a user's full name for a history, the recipients of a
 * notification. No role check (listeners and scheduled jobs call it) and nothing secret: no password hash, no
 * login state. Administrators manage accounts through {@link UserAdminService}.
 */
@Service
@Transactional(readOnly = true)
public class AccountDirectory {

    private final RecipientRepository recipients;

    public AccountDirectory(RecipientRepository recipients) {
        this.recipients = recipients;
    }

    /** The account's full name, without loading the account. */
    public Optional<String> fullNameOf(String username) {
        return recipients.fullNameOf(username);
    }

    /** The enabled accounts with the role, by username. */
    public List<Recipient> enabledWithRole(Role role) {
        return recipients.enabledWithRole(role).stream().map(Recipient::of).toList();
    }

    /** The enabled accounts with the role attached to the unit, by username. */
    public List<Recipient> enabledWithRoleInUnit(Role role, long unitId) {
        return recipients.enabledWithRoleInUnit(role, unitId).stream().map(Recipient::of).toList();
    }

    public Optional<Recipient> find(long accountId) {
        return recipients.findById(accountId).map(Recipient::of);
    }

    /** An account as a message reaches it. */
    public record Recipient(long id, String username, String fullName, String email, boolean enabled) {
        static Recipient of(AppUser user) {
            return new Recipient(user.getId(), user.getUsername(), user.getFullName(), user.getEmail(),
                    user.isEnabled());
        }
    }
}
