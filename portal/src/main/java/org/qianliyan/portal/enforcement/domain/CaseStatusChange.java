package org.qianliyan.portal.enforcement.domain;

import java.time.LocalDate;
import java.util.Objects;

/** One step in a supervision order's history: the status it entered, when, and a note. */
public record CaseStatusChange(SupervisionStatus status, LocalDate date, String note) {

    public CaseStatusChange {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(date, "date");
        note = note == null ? "" : note.strip();
    }
}
