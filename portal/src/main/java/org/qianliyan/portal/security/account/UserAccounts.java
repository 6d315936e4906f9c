package org.qianliyan.portal.security.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Staff accounts: add, disable, enable, reset a password, change a role, list, record a
 * login. Names are normalised and checked, passwords must pass the {@link PasswordPolicy}
 * and are stored only as BCrypt hashes. The bootstrap administrator's name (from the
 * environment) is reserved: that account lives in configuration, not in the index.
 */
public class UserAccounts {

    private static final Logger log = LoggerFactory.getLogger(UserAccounts.class);

    private static final Duration LOGIN_GRAIN = Duration.ofMinutes(1);

    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final String bootstrapAdministrator;
    private final Clock clock;

    UserAccounts(UserRepository users, PasswordEncoder encoder, String bootstrapAdministrator, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.bootstrapAdministrator = AccountName.normalise(bootstrapAdministrator);
        this.clock = clock;
    }

    /** Adds an enabled user; refuses a taken or reserved name and a weak password. */
    public StaffUser add(String typedName, StaffRole role, String password) {
        String name = AccountName.requireValid(typedName);
        if (name.equals(bootstrapAdministrator)) {
            throw new AccountException("reserved-name", name, "'" + name + "' is the bootstrap administrator from the environment; choose another name");
        }
        PasswordPolicy.require(name, password);
        StaffUser user = new StaffUser(name, role, encoder.encode(password), true, clock.instant(), null);
        if (!users.create(user)) {
            throw new AccountException("exists", name, "a user named '" + name + "' exists already");
        }
        log.info("User {} added with role {}", name, role);
        return user;
    }

    public StaffUser disable(String name) {
        return save(existing(name).withEnabled(false), "disabled");
    }

    public StaffUser enable(String name) {
        return save(existing(name).withEnabled(true), "enabled");
    }

    public StaffUser changeRole(String name, StaffRole role) {
        return save(existing(name).withRole(role), "given role " + role);
    }

    /** An administrator sets a new password for someone. */
    public StaffUser resetPassword(String name, String newPassword) {
        StaffUser user = existing(name);
        PasswordPolicy.require(user.name(), newPassword);
        return save(user.withPasswordHash(encoder.encode(newPassword)), "given a new password");
    }

    /** A user changes their own password, proving they know the current one. */
    public StaffUser changeOwnPassword(String name, String currentPassword, String newPassword) {
        StaffUser user = existing(name);
        if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
            throw new AccountException("wrong-password", "", "the current password is not correct");
        }
        return resetPassword(user.name(), newPassword);
    }

    /** Records a login; to the minute, so a script logging in on every request does not write every time. */
    public void recordLogin(String name) {
        Instant now = clock.instant();
        users.find(AccountName.normalise(name))
                .filter(user -> user.lastLoginAt() == null || user.lastLoginAt().plus(LOGIN_GRAIN).isBefore(now))
                .ifPresent(user -> users.update(user.withLastLoginAt(now)));
    }

    public Optional<StaffUser> find(String name) {
        return users.find(AccountName.normalise(name));
    }

    public List<StaffUser> list() {
        return users.findAll();
    }

    /** True when {@code name} is the administrator configured in the environment. */
    public boolean isBootstrapAdministrator(String name) {
        return AccountName.normalise(name).equals(bootstrapAdministrator);
    }

    private StaffUser existing(String name) {
        return find(name).orElseThrow(() -> new AccountException(
                isBootstrapAdministrator(name) ? "bootstrap-administrator" : "no-user", AccountName.normalise(name),
                isBootstrapAdministrator(name)
                ? "'" + AccountName.normalise(name) + "' is the bootstrap administrator; change it in the environment"
                : "no user named '" + AccountName.normalise(name) + "'"));
    }

    private StaffUser save(StaffUser user, String what) {
        users.update(user);
        log.info("User {} {}", user.name(), what);
        return user;
    }
}
