package org.qianliyan.portal.incinerator.domain;

/**
 * What a day at an outlet or furnace amounts to. When several findings apply, the more
 * severe one names the day (an exceedance hides nothing: every reason is kept with it).
 */
public enum Verdict {
    COMPLIANT(0),
    /** Periods marked 启炉/停炉/故障/事故 within the annual cap: exempt, and shown as such. */
    MARKED(1),
    /** The operator marked CEMS maintenance: not a finding of compliance. */
    MAINTENANCE(2),
    /** No valid value: its own verdict, never counted as compliant. */
    MISSING(3),
    EXCEEDANCE(4);

    private final int severity;

    Verdict(int severity) {
        this.severity = severity;
    }

    public Verdict worse(Verdict other) {
        return other.severity > severity ? other : this;
    }

    /** The stylesheet class that colours this verdict. */
    public String cssClass() {
        return "qly-verdict-" + (this == COMPLIANT ? "compliant" : name().toLowerCase());
    }

    public String labelKey() {
        return "incinerator.verdict." + name().toLowerCase();
    }
}
