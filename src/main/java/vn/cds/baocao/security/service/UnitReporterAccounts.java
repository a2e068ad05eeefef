package vn.cds.baocao.security.service;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.organization.domain.Unit;
import vn.cds.baocao.organization.service.ReporterAccounts;
import vn.cds.baocao.organization.service.UnitDirectory;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;
import vn.cds.baocao.security.domain.Role;

/**
 * Moves reporter accounts when units merge. Called only from the administrator's merge, inside its transaction
 * and after its role check; the merge's audit line names the moved accounts.
 */
@Component
class UnitReporterAccounts implements ReporterAccounts {

    private final AppUserRepository users;
    private final UnitDirectory units;

    UnitReporterAccounts(AppUserRepository users, UnitDirectory units) {
        this.users = users;
        this.units = units;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public List<String> moveReporters(long fromUnitId, long toUnitId) {
        Unit from = units.find(fromUnitId).orElseThrow();
        Unit to = units.find(toUnitId).orElseThrow();
        List<String> moved = new ArrayList<>();
        for (AppUser user : users.findByUnit(from)) {
            if (user.hasRole(Role.REPORTER)) {
                user.setUnit(to);
                moved.add(user.getUsername());
            }
        }
        return moved;
    }
}
