package org.qianliyan.portal.overview;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values on the front page read as people write them. */
class FrontPageTextTest {

    @Test
    void a_daily_mean_shows_two_decimals_at_most_and_a_limit_no_trailing_zeros() {
        assertThat(FrontPageText.number(58.15416666)).isEqualTo("58.15");
        assertThat(FrontPageText.number(312.5)).isEqualTo("312.5");
        assertThat(FrontPageText.number(250.0)).isEqualTo("250");
        assertThat(FrontPageText.number(0.005)).isEqualTo("0.01");
    }
}
