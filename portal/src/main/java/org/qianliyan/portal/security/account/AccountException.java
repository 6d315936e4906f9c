package org.qianliyan.portal.security.account;

/** A request about accounts that cannot be done as asked; the message says why (bad input, not a fault). */
public class AccountException extends RuntimeException {

    public AccountException(String message) {
        super(message);
    }
}
