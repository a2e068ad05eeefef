package vn.cds.baocao.security.service;

import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.cds.baocao.security.domain.AppUser;
import vn.cds.baocao.security.domain.AppUserRepository;

/** Accounts, for administrators. */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final AppUserRepository users;

    public UserDirectory(AppUserRepository users) {
        this.users = users;
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<AppUser> allUsers() {
        return users.findAllWithUnit();
    }
}
