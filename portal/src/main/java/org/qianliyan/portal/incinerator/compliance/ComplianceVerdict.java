package org.qianliyan.portal.incinerator.compliance;

import java.util.ArrayList;
import java.util.List;

import org.qianliyan.portal.incinerator.domain.Verdict;

/** The verdict on one outlet-day or furnace-day, with every reason behind it. */
public record ComplianceVerdict(Verdict verdict, List<Reason> reasons) {

    public static final ComplianceVerdict COMPLIANT = new ComplianceVerdict(Verdict.COMPLIANT, List.of());

    public ComplianceVerdict {
        reasons = List.copyOf(reasons);
    }

    public static ComplianceVerdict of(Reason reason) {
        return new ComplianceVerdict(reason.verdict(), List.of(reason));
    }

    /** The more severe verdict of the two, with the reasons of both. */
    public ComplianceVerdict and(ComplianceVerdict other) {
        List<Reason> all = new ArrayList<>(reasons);
        all.addAll(other.reasons);
        return new ComplianceVerdict(verdict.worse(other.verdict), all);
    }

    /** The verdict of a list of findings, compliant when there are none. */
    public static ComplianceVerdict ofAll(List<Reason> reasons) {
        Verdict worst = Verdict.COMPLIANT;
        for (Reason reason : reasons) {
            worst = worst.worse(reason.verdict());
        }
        return new ComplianceVerdict(worst, reasons);
    }
}
