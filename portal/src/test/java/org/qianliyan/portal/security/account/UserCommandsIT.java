package org.qianliyan.portal.security.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.cli.CliCommand;
import org.qianliyan.portal.cli.CliStreams;
import org.qianliyan.portal.cli.QianliyanCli;
import org.qianliyan.portal.security.account.cli.UserAddCommand;
import org.qianliyan.portal.security.account.cli.UserDisableCommand;
import org.qianliyan.portal.security.account.cli.UserListCommand;
import org.qianliyan.portal.support.TestIndices;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * {@code user add}, {@code user disable} and {@code user list} through the command line's
 * parser and dispatcher, on a users index of their own in the test cluster.
 */
class UserCommandsIT {

    private static TestIndices indices;
    private static UserAccounts accounts;
    private static List<CliCommand<?>> commands;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeAll
    static void users() {
        indices = new TestIndices("accounts", List.of(IndexDefinition.of(AccountConfiguration.USERS)));
        accounts = new UserAccounts(new UserRepository(indices.client(), indices.alias(AccountConfiguration.USERS)),
                new BCryptPasswordEncoder(4), "bootstrap-admin", Clock.systemUTC());
        commands = List.of(new UserAddCommand(accounts), new UserDisableCommand(accounts), new UserListCommand(accounts));
    }

    @AfterAll
    static void delete() throws Exception {
        indices.close();
    }

    @Test
    void user_add_takes_the_password_from_standard_input_and_user_list_shows_the_account_without_its_hash()
            throws Exception {
        assertThat(run("harbour-Lights-42\n", "user", "add", "Reporter", "--role", "staff")).isZero();
        assertThat(out()).isEqualTo("added reporter (staff)" + System.lineSeparator());
        assertThat(accounts.find("reporter")).hasValueSatisfying(user -> {
            assertThat(user.role()).isEqualTo(StaffRole.STAFF);
            assertThat(user.passwordHash()).startsWith("$2a$").doesNotContain("harbour");
        });

        out.reset();
        assertThat(run("", "user", "list", "--json")).isZero();
        JsonNode user = listed("reporter");
        assertThat(user.path("role").asText()).isEqualTo("STAFF");
        assertThat(user.path("enabled").asBoolean()).isTrue();
        assertThat(out()).doesNotContain("$2a$").doesNotContain("harbour").doesNotContainIgnoringCase("hash");

        out.reset();
        assertThat(run("", "user", "list")).isZero();
        assertThat(out()).contains("NAME").containsPattern("reporter +staff +yes").doesNotContain("$2a$");
    }

    @Test
    void user_add_refuses_a_weak_password_a_bad_role_and_a_name_taken_in_another_case_with_exit_2() throws Exception {
        assertThat(run("1234567890\n", "user", "add", "editor", "--role", "staff")).isEqualTo(2);
        assertThat(err()).contains("most common passwords");
        assertThat(run("short1\n", "user", "add", "editor", "--role", "staff")).isEqualTo(2);
        assertThat(err()).contains("at least 10 characters");
        assertThat(run("Good-enough-2024\n", "user", "add", "editor", "--role", "boss")).isEqualTo(2);
        assertThat(err()).contains("Invalid value for option '--role'").contains("staff, admin");
        assertThat(run("", "user", "add", "editor", "--role", "staff")).isEqualTo(2);
        assertThat(err()).contains("standard input holds no password");
        assertThat(accounts.find("editor")).isEmpty();
        assertThat(out()).isEmpty();

        assertThat(run("Good-enough-2024\n", "user", "add", "editor", "--role", "admin")).isZero();
        assertThat(run("Other-enough-2024\n", "user", "add", "EDITOR", "--role", "staff")).isEqualTo(2);
        assertThat(err()).contains("a user named 'editor' exists already");
        assertThat(accounts.find("editor")).hasValueSatisfying(user -> assertThat(user.role()).isEqualTo(StaffRole.ADMIN));
    }

    @Test
    void user_add_refuses_the_bootstrap_administrators_name_and_an_invalid_name() {
        assertThat(run("Good-enough-2024\n", "user", "add", "Bootstrap-Admin", "--role", "admin")).isEqualTo(2);
        assertThat(err()).contains("bootstrap administrator");
        assertThat(run("Good-enough-2024\n", "user", "add", "a b", "--role", "staff")).isEqualTo(2);
        assertThat(err()).contains("a user name is 2 to 64 letters");
    }

    @Test
    void user_disable_disables_an_account_and_refuses_an_unknown_one() throws Exception {
        assertThat(run("Leaving-soon-77\n", "user", "add", "leaver", "--role", "staff")).isZero();

        out.reset();
        assertThat(run("", "user", "disable", "Leaver")).isZero();
        assertThat(out()).isEqualTo("disabled leaver" + System.lineSeparator());
        out.reset();
        assertThat(run("", "user", "list", "--json")).isZero();
        assertThat(listed("leaver").path("enabled").asBoolean()).isFalse();

        assertThat(run("", "user", "disable", "nobody")).isEqualTo(2);
        assertThat(err()).contains("no user named");
    }

    private int run(String stdin, String... words) {
        return QianliyanCli.run(new ArrayList<>(List.of(words)), commands,
                new CliStreams(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                        new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private JsonNode listed(String name) throws Exception {
        for (JsonNode user : new ObjectMapper().readTree(out())) {
            if (user.path("name").asText().equals(name.toLowerCase(Locale.ROOT))) {
                return user;
            }
        }
        throw new AssertionError("user " + name + " not listed in " + out());
    }
}
