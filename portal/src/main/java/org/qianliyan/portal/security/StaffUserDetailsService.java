package org.qianliyan.portal.security;

import java.util.Optional;

import org.qianliyan.portal.security.account.AccountName;
import org.qianliyan.portal.security.account.StaffRole;
import org.qianliyan.portal.security.account.UserAccounts;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Who may log in: the bootstrap administrator from the environment (so a fresh portal can
 * be entered to create the first accounts), then the accounts of the {@code users} index.
 * Names match after normalisation; a disabled account is found but refused by Spring.
 */
class StaffUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final StaffAccountProperties settings;

    StaffUserDetailsService(UserAccounts accounts, StaffAccountProperties settings) {
        this.accounts = accounts;
        this.settings = settings;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return bootstrapAdministrator(username)
                .or(() -> accounts.find(username).map(user -> User.withUsername(user.name())
                        .password(user.passwordHash())
                        .roles(user.role().grantedRoles())
                        .disabled(!user.enabled())
                        .build()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    private Optional<UserDetails> bootstrapAdministrator(String username) {
        String hash = settings.adminPasswordHash();
        if (hash == null || hash.isBlank() || !accounts.isBootstrapAdministrator(username)) {
            return Optional.empty();
        }
        return Optional.of(User.withUsername(AccountName.normalise(settings.adminUsername()))
                .password(hash)
                .roles(StaffRole.ADMIN.grantedRoles())
                .build());
    }
}
