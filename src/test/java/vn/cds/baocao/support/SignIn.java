package vn.cds.baocao.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Switches the signed-in user inside a test, with the real account from the database. */
@Component
public class SignIn {

    private final UserDetailsService users;

    public SignIn(UserDetailsService users) {
        this.users = users;
    }

    public void as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    public void out() {
        SecurityContextHolder.clearContext();
    }
}
