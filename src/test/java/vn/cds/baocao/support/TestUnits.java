package vn.cds.baocao.support;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.domain.UnitRepository;
import vn.cds.baocao.organization.domain.UnitTypeRepository;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;

/**
 * Many units of a test of their own, each with one reporter, and their removal with everything made for them
 * (reports, values, history, baselines, notifications, accounts). For tests that need more units than the demo
 * data has, e.g. concurrent workflows and the load benchmark. The codes share a prefix no other test uses; remove
 * them at the end of the test so no other test ever sees them.
 */
@Component
public class TestUnits {

    private final UnitRepository units;
    private final UnitTypeRepository unitTypes;
    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final JdbcTemplate jdbc;

    public TestUnits(UnitRepository units, UnitTypeRepository unitTypes, AppUserRepository users,
                     PasswordEncoder passwordEncoder, TransactionTemplate transaction, JdbcTemplate jdbc) {
        this.units = units;
        this.unitTypes = unitTypes;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /**
     * {@code count} units {@code PREFIX_001}, {@code PREFIX_002}, … of the type (valid from 1/1/2025, after the
     * seed reports), each with a reporter whose username is the code in lower case (demo password).
     *
     * @return the unit codes, in order
     */
    public List<String> create(String prefix, int count, String typeCode) {
        String hash = passwordEncoder.encode(DemoAccounts.PASSWORD); // once: a hash per account costs ~0,1 s each
        return transaction.execute(status -> {
            List<String> codes = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String code = "%s_%03d".formatted(prefix, i);
                Unit unit = new Unit(code, ReferenceData.TEST_UNIT_NAME + code, "ĐV " + code,
                        unitTypes.findById(typeCode).orElseThrow(), LocalDate.of(2025, 1, 1));
                unit.setDisplayOrder(9000 + i);
                units.save(unit);
                AppUser user = new AppUser(code.toLowerCase(), hash, "Cán bộ " + code, LocalDateTime.of(2025, 1, 1, 8, 0));
                user.getRoles().add(Role.REPORTER);
                user.setUnit(unit);
                users.save(user);
                codes.add(code);
            }
            return codes;
        });
    }

    /** Extra reviewer accounts {@code prefix_r1}, … (demo password), removed by {@link #remove}. */
    public List<String> createReviewers(String prefix, int count) {
        String hash = passwordEncoder.encode(DemoAccounts.PASSWORD);
        return transaction.execute(status -> {
            List<String> names = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String username = (prefix + "_r" + i).toLowerCase();
                AppUser user = new AppUser(username, hash, "Thẩm định viên " + i, LocalDateTime.of(2025, 1, 1, 8, 0));
                user.getRoles().add(Role.REVIEWER);
                users.save(user);
                names.add(username);
            }
            return names;
        });
    }

    /** Removes the units of the prefix with their reports, notifications and accounts. */
    public void remove(String prefix) {
        if (!prefix.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException(prefix);
        }
        String units = "select id from unit where code like '" + prefix + "\\_%'";
        transaction.executeWithoutResult(status -> {
            jdbc.update("delete from notification where unit_id in (" + units + ")");
            jdbc.update("delete from report where unit_id in (" + units + ")");
            jdbc.update("delete from app_user where unit_id in (" + units + ") or username like ?",
                    prefix.toLowerCase() + "\\_r%");
            jdbc.update("delete from deadline_notice where unit_id in (" + units + ")");
            jdbc.update("delete from unit where code like ?", prefix + "\\_%");
        });
    }
}
