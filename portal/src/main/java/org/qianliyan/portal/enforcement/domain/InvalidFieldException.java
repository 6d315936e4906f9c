package org.qianliyan.portal.enforcement.domain;

/**
 * A value that cannot become part of a case: the field, the value as written and the
 * reason, so an import report can tell the operator exactly what to fix.
 */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String value;
    private final String reason;

    public InvalidFieldException(String field, String value, String reason) {
        super(field + " \"" + value + "\": " + reason);
        this.field = field;
        this.value = value;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String value() {
        return value;
    }

    public String reason() {
        return reason;
    }
}
