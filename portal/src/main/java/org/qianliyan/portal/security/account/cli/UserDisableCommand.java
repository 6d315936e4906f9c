package org.qianliyan.portal.security.account.cli;

import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.cli.CommandLineContract.UserDisable;
import org.qianliyan.portal.security.account.AccountException;
import org.qianliyan.portal.security.account.UserAccounts;

/** {@code user disable NAME}: the user can no longer log in, and their tokens stop working. */
public class UserDisableCommand implements CliCommand<UserDisable> {

    private final UserAccounts accounts;

    public UserDisableCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UserDisable> options() {
        return UserDisable.class;
    }

    @Override
    public int run(UserDisable options, CliStreams io) {
        try {
            io.out().println("disabled " + accounts.disable(options.name).name());
            return 0;
        } catch (AccountException e) {
            throw new CliUsageException(e.getMessage());
        }
    }
}
