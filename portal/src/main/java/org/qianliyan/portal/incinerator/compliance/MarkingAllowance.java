package org.qianliyan.portal.incinerator.compliance;

import java.time.Duration;

import org.qianliyan.portal.incinerator.domain.Marking;

/**
 * The marked time one furnace has used in one calendar year. Marked hours are exempt until
 * the cap is used up; later marked hours are judged like any other hour. Feed the days of a
 * year in date order.
 */
public final class MarkingAllowance {

    private final long capHours;
    private long usedHours;

    public MarkingAllowance(Duration cap) {
        this.capHours = cap.toHours();
    }

    /**
     * Spends the allowance on the day's marked hours.
     *
     * @param markings 24 entries, {@code null} where the hour is not marked
     * @return which hours are exempt
     */
    public boolean[] admit(Marking[] markings) {
        boolean[] exempt = new boolean[markings.length];
        for (int hour = 0; hour < markings.length; hour++) {
            if (markings[hour] != null && usedHours < capHours) {
                exempt[hour] = true;
                usedHours++;
            }
        }
        return exempt;
    }

    public long usedHours() {
        return usedHours;
    }
}
