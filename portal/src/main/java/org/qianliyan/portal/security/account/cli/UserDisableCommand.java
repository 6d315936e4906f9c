package org.qianliyan.portal.security.account.cli;

import java.util.List;
import java.util.Set;

import org.qianliyan.portal.cli.CliArguments;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.security.account.AccountException;
import org.qianliyan.portal.security.account.UserAccounts;

/** {@code user disable NAME}: the user can no longer log in, and their tokens stop working. */
public class UserDisableCommand implements CliCommand {

    private final UserAccounts accounts;

    public UserDisableCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "user disable";
    }

    @Override
    public String usage() {
        return "user disable NAME";
    }

    @Override
    public int run(List<String> arguments, CliStreams io) {
        CliArguments parsed = CliArguments.parse(arguments, Set.of(), Set.of());
        if (parsed.positional().size() != 1) {
            throw new CliUsageException("give exactly one user name");
        }
        try {
            io.out().println("disabled " + accounts.disable(parsed.positional().get(0)).name());
            return 0;
        } catch (AccountException e) {
            throw new CliUsageException(e.getMessage());
        }
    }
}
