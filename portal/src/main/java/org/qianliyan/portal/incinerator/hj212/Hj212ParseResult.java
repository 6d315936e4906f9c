package org.qianliyan.portal.incinerator.hj212;

import java.util.Optional;

/** A parsed frame or the reason it was rejected: a bad frame is an outcome, not an exception. */
public record Hj212ParseResult(Optional<Hj212Frame> frame, Optional<Hj212Rejection> rejection) {

    static Hj212ParseResult accepted(Hj212Frame frame) {
        return new Hj212ParseResult(Optional.of(frame), Optional.empty());
    }

    static Hj212ParseResult rejected(Hj212Rejection.Reason reason, String detail) {
        return new Hj212ParseResult(Optional.empty(), Optional.of(new Hj212Rejection(reason, detail)));
    }

    public boolean isAccepted() {
        return frame.isPresent();
    }
}
