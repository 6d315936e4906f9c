package org.qianliyan.portal.security.account.api;

import java.security.Principal;
import java.util.List;

import org.qianliyan.portal.api.ApiNotFoundException;
import org.qianliyan.portal.api.BadApiRequestException;
import org.qianliyan.portal.security.account.AccountException;
import org.qianliyan.portal.security.account.ApiToken;
import org.qianliyan.portal.security.account.ApiTokens;
import org.qianliyan.portal.security.account.IssuedToken;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API tokens: list, create (the secret is in this one response), revoke. */
@RestController
@RequestMapping("/api/v1/staff/tokens")
class TokensApiController {

    /** What to call the new token. */
    record NewToken(String label) {
    }

    private final ApiTokens tokens;

    TokensApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping
    List<ApiToken> list(Principal caller) {
        return tokens.list(caller.getName());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    IssuedToken create(Principal caller, @RequestBody NewToken request) {
        try {
            return tokens.create(caller.getName(), request.label());
        } catch (AccountException e) {
            throw new BadApiRequestException(e.getMessage());
        }
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revoke(Principal caller, @PathVariable String id) {
        try {
            tokens.revoke(caller.getName(), id);
        } catch (AccountException e) {
            throw new ApiNotFoundException(e.getMessage());
        }
    }
}
