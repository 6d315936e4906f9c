package org.qianliyan.portal.security.account;

/**
 * A request about accounts that cannot be done as asked (bad input, not a fault). The
 * message says why in English for the command line and the API; {@link #reason()} names
 * the same reason for the pages' translations ({@code security.error.<reason>}, with
 * {@link #subject()} as its argument).
 */
public class AccountException extends RuntimeException {

    private final String reason;
    private final String subject;

    AccountException(String reason, String subject, String message) {
        super(message);
        this.reason = reason;
        this.subject = subject;
    }

    public String reason() {
        return reason;
    }

    /** The name or value the reason is about, or an empty string. */
    public String subject() {
        return subject;
    }
}
