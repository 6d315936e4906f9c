package org.qianliyan.portal.security.account.cli;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.qianliyan.portal.cli.CliArguments;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CliUsageException;
import org.qianliyan.portal.security.account.UserAccounts;
import org.qianliyan.portal.security.account.UserSummary;

/** {@code user list [--json]}: the accounts as a table or JSON, never their hashes. */
public class UserListCommand implements CliCommand {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final UserAccounts accounts;

    public UserListCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public String name() {
        return "user list";
    }

    @Override
    public String usage() {
        return "user list [--json]";
    }

    @Override
    public int run(List<String> arguments, CliStreams io) throws Exception {
        CliArguments parsed = CliArguments.parse(arguments, Set.of(), Set.of("json"));
        if (!parsed.positional().isEmpty()) {
            throw new CliUsageException("unexpected argument " + parsed.positional().get(0));
        }
        List<UserSummary> users = accounts.list().stream().map(UserSummary::of).toList();
        if (parsed.flag("json")) {
            io.out().println(JSON.writeValueAsString(users));
            return 0;
        }
        io.out().printf("%-24s %-6s %-8s %-20s %s%n", "NAME", "ROLE", "ENABLED", "CREATED", "LAST LOGIN");
        for (UserSummary user : users) {
            io.out().printf("%-24s %-6s %-8s %-20s %s%n", user.name(), user.role().toLowerCase(Locale.ROOT),
                    user.enabled() ? "yes" : "no", minutes(user.createdAt()), minutes(user.lastLoginAt()));
        }
        return 0;
    }

    private static String minutes(java.time.Instant at) {
        return at == null ? "-" : at.toString().substring(0, 16).replace('T', ' ');
    }
}
