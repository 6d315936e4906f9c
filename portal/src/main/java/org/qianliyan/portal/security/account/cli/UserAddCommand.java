package org.qianliyan.portal.security.account.cli;

import java.util.Locale;

import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.UserAdd;
import org.qianliyan.portal.security.account.AccountException;
import org.qianliyan.portal.security.account.StaffRole;
import org.qianliyan.portal.security.account.StaffUser;
import org.qianliyan.portal.security.account.UserAccounts;

/**
 * {@code user add NAME --role staff|admin}: a new account, its password from standard input.
 * A taken name, an invalid name or a weak password is bad input (exit 2) with the reason.
 */
public class UserAddCommand implements CliCommand<UserAdd> {

    private final UserAccounts accounts;

    public UserAddCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UserAdd> options() {
        return UserAdd.class;
    }

    @Override
    public int run(UserAdd options, CliStreams io) throws Exception {
        try {
            StaffRole role = StaffRole.parse(options.role.name());
            StaffUser user = accounts.add(options.name, role, PasswordInput.read(io, options.name));
            io.out().println("added " + user.name() + " (" + user.role().name().toLowerCase(Locale.ROOT) + ")");
            return 0;
        } catch (AccountException e) {
            throw new CliUsageException(e.getMessage());
        }
    }
}
