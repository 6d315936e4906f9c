package org.qianliyan.portal.security.account.api;

import java.util.List;

import org.qianliyan.portal.api.BadApiRequestException;
import org.qianliyan.portal.security.account.AccountException;
import org.qianliyan.portal.security.account.StaffRole;
import org.qianliyan.portal.security.account.UserAccounts;
import org.qianliyan.portal.security.account.UserSummary;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Administrators manage accounts from scripts (the security configuration admits only ADMIN here). */
@RestController
@RequestMapping("/api/v1/staff/users")
class UsersApiController {

    /** A new account: name, role ({@code staff} or {@code admin}) and its first password. */
    record NewUser(String name, String role, String password) {
    }

    private final UserAccounts accounts;

    UsersApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    List<UserSummary> list() {
        return accounts.list().stream().map(UserSummary::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserSummary add(@RequestBody NewUser user) {
        try {
            return UserSummary.of(accounts.add(user.name(), StaffRole.parse(user.role()), user.password()));
        } catch (AccountException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }

    @PostMapping("/{name}/disable")
    UserSummary disable(@PathVariable String name) {
        try {
            return UserSummary.of(accounts.disable(name));
        } catch (AccountException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }
}
