package org.qianliyan.portal.security.account.cli;

import java.util.List;
import java.util.Set;

import org.qianliyan.portal.cli.CliArguments;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.security.account.AccountException;
import org.qianliyan.portal.security.account.StaffRole;
import org.qianliyan.portal.security.account.StaffUser;
import org.qianliyan.portal.security.account.UserAccounts;

/** {@code user add NAME --role staff|admin}: a new account, its password from standard input. */
public class UserAddCommand implements CliCommand {

    private final UserAccounts accounts;

    public UserAddCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "user add";
    }

    @Override
    public String usage() {
        return "user add NAME --role staff|admin   (password from standard input)";
    }

    @Override
    public int run(List<String> arguments, CliStreams io) throws Exception {
        CliArguments parsed = CliArguments.parse(arguments, Set.of("role"), Set.of());
        if (parsed.positional().size() != 1) {
            throw new CliUsageException("give exactly one user name");
        }
        String role = parsed.option("role").orElseThrow(() -> new CliUsageException("--role staff|admin is required"));
        try {
            StaffRole parsedRole = StaffRole.parse(role);
            StaffUser user = accounts.add(parsed.positional().get(0), parsedRole, PasswordInput.read(io, parsed.positional().get(0)));
            io.out().println("added " + user.name() + " (" + user.role().name().toLowerCase(java.util.Locale.ROOT) + ")");
            return 0;
        } catch (AccountException e) {
            throw new CliUsageException(e.getMessage());
        }
    }
}
