package org.qianliyan.portal.api;

/** The body of every API error (docs/design-notes.md, Contracts): what went wrong and what to do about it. */
public record ApiError(String error, String detail) {
}
