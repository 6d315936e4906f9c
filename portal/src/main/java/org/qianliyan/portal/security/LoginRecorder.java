package org.qianliyan.portal.security;

import org.qianliyan.portal.security.account.UserAccounts;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;

/** Writes a user's last login time on a password login, by form or by HTTP Basic. */
class LoginRecorder {

    private final UserAccounts accounts;

    LoginRecorder(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onLogin(AuthenticationSuccessEvent event) {
        accounts.recordLogin(event.getAuthentication().getName());
    }
}
