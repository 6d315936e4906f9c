package org.qianliyan.portal.incinerator.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.incinerator.domain.Marking;

class MarkingAllowanceTest {

    @Test
    void marked_hours_are_exempt_until_the_annual_cap_is_used_up() {
        var allowance = new MarkingAllowance(Duration.ofHours(60));
        Marking[] fullDayShutdown = new Marking[24];
        Arrays.fill(fullDayShutdown, Marking.SHUTDOWN);
        allowance.admit(fullDayShutdown); // 24
        allowance.admit(fullDayShutdown); // 48

        boolean[] third = allowance.admit(fullDayShutdown);

        assertThat(count(third)).isEqualTo(12); // 60 - 48
        assertThat(third[11]).isTrue();
        assertThat(third[12]).isFalse();
        assertThat(allowance.usedHours()).isEqualTo(60);
    }

    @Test
    void unmarked_hours_use_nothing() {
        var allowance = new MarkingAllowance(Duration.ofHours(60));

        assertThat(count(allowance.admit(new Marking[24]))).isZero();
        assertThat(allowance.usedHours()).isZero();
    }

    private static int count(boolean[] values) {
        int n = 0;
        for (boolean v : values) {
            n += v ? 1 : 0;
        }
        return n;
    }
}
