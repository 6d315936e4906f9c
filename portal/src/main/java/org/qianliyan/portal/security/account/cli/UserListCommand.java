package org.qianliyan.portal.security.account.cli;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.CommandLineContract.UserList;
import org.qianliyan.portal.security.account.UserAccounts;
import org.qianliyan.portal.security.account.UserSummary;

/** {@code user list [--json]}: the accounts as a table or JSON, never their hashes. */
public class UserListCommand implements CliCommand<UserList> {

    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final UserAccounts accounts;

    public UserListCommand(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<UserList> options() {
        return UserList.class;
    }

    @Override
    public int run(UserList options, CliStreams io) throws Exception {
        List<UserSummary> users = accounts.list().stream().map(UserSummary::of).toList();
        if (options.json) {
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

    private static String minutes(Instant at) {
        return at == null ? "-" : at.toString().substring(0, 16).replace('T', ' ');
    }
}
