package vn.cds.baocao.security.web;

import org.springframework.security.core.AuthenticationException;

/** The login came from an address with too many failed logins lately ({@link vn.cds.baocao.security.service.LoginThrottle}). */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException() {
        super("too many failed logins from this address");
    }
}
