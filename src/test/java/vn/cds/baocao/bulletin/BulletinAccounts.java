package vn.cds.baocao.bulletin;

import java.time.LocalDateTime;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;
import vn.cds.baocao.support.DemoAccounts;

/**
 * Accounts of the bulletin's tests, created once and kept (like the demo accounts): a head of the standing agency
 * ({@link #PUBLISHER}), a second composer, and one who both composes and approves ({@link #COMPOSER_AND_PUBLISHER}),
 * each with an e-mail address.
 */
@Component
public class BulletinAccounts {

    public static final String PUBLISHER = "bt.pheduyet";
    public static final String COMPOSER = "bt.soanthao";
    public static final String COMPOSER_AND_PUBLISHER = "bt.kiemnhiem";

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;

    public BulletinAccounts(AppUserRepository users, PasswordEncoder passwords, TransactionTemplate transactions) {
        this.users = users;
        this.passwords = passwords;
        this.transactions = transactions;
    }

    public synchronized void ensure() {
        account(PUBLISHER, "Lãnh đạo Sở (thử nghiệm)", Role.PUBLISHER);
        account(COMPOSER, "Cán bộ soạn bản tin (thử nghiệm)", Role.REVIEWER);
        account(COMPOSER_AND_PUBLISHER, "Kiêm nhiệm soạn và duyệt (thử nghiệm)", Role.REVIEWER, Role.PUBLISHER);
    }

    private void account(String username, String fullName, Role... roles) {
        transactions.executeWithoutResult(status -> {
            var existing = users.findByUsername(username);
            if (existing.isPresent()) {
                if (existing.get().getEmail() == null) {
                    existing.get().setEmail(username + "@demo.cds.local"); // made by an earlier version of this class
                }
                return;
            }
            AppUser user = new AppUser(username, passwords.encode(DemoAccounts.PASSWORD), fullName,
                    LocalDateTime.of(2024, 1, 1, 8, 0));
            // with an address, like the demo accounts: tests of the mail copies expect every reviewer's to be sent
            user.setEmail(username + "@demo.cds.local");
            for (Role role : roles) {
                user.getRoles().add(role);
            }
            users.save(user);
        });
    }
}
