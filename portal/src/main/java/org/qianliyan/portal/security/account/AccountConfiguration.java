package org.qianliyan.portal.security.account;

import java.time.Clock;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.qianliyan.index.schema.IndexDefinition;
import org.qianliyan.portal.elasticsearch.IndexSchema;
import org.qianliyan.portal.security.StaffAccountProperties;
import org.qianliyan.portal.security.account.cli.UserAddCommand;
import org.qianliyan.portal.security.account.cli.UserDisableCommand;
import org.qianliyan.portal.security.account.cli.UserListCommand;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Staff accounts and their API tokens in Elasticsearch, and the {@code user} commands. */
@Configuration
public class AccountConfiguration {

    public static final String USERS = "users";
    public static final String API_TOKENS = "api-tokens";

    @Bean
    IndexDefinition usersIndex() {
        return IndexDefinition.of(USERS);
    }

    @Bean
    IndexDefinition apiTokensIndex() {
        return IndexDefinition.of(API_TOKENS);
    }

    /** BCrypt for passwords, in the web portal and in the {@code user add} command alike. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    UserAccounts userAccounts(ElasticsearchClient client, IndexSchema schema, PasswordEncoder encoder,
            StaffAccountProperties settings) {
        return new UserAccounts(new UserRepository(client, schema.alias(USERS)), encoder, settings.adminUsername(),
                Clock.systemUTC());
    }

    @Bean
    ApiTokens apiTokens(ElasticsearchClient client, IndexSchema schema) {
        return new ApiTokens(new ApiTokenRepository(client, schema.alias(API_TOKENS)), Clock.systemUTC());
    }

    @Bean
    UserAddCommand userAddCommand(UserAccounts accounts) {
        return new UserAddCommand(accounts);
    }

    @Bean
    UserDisableCommand userDisableCommand(UserAccounts accounts) {
        return new UserDisableCommand(accounts);
    }

    @Bean
    UserListCommand userListCommand(UserAccounts accounts) {
        return new UserListCommand(accounts);
    }
}
