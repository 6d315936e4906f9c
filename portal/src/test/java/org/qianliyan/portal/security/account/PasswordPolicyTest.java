package org.qianliyan.portal.security.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.qianliyan.portal.security.account.PasswordPolicy.Weakness;

class PasswordPolicyTest {

    @Test
    void passwords_a_guesser_tries_first_are_refused_with_their_reason() {
        assertThat(PasswordPolicy.weakness("wang", "Sh0rt-pw")).contains(Weakness.TOO_SHORT);
        assertThat(PasswordPolicy.weakness("wang", "QWERTYUIOP")).contains(Weakness.COMMON);
        assertThat(PasswordPolicy.weakness("wang", "1234567890")).contains(Weakness.COMMON);
        assertThat(PasswordPolicy.weakness("wang.li", "my-WANG.LI-2024")).contains(Weakness.CONTAINS_NAME);
        assertThat(PasswordPolicy.weakness("wang", "abcdefghijkl")).contains(Weakness.ONE_CLASS);
        assertThat(PasswordPolicy.weakness("wang", "98765432109")).contains(Weakness.ONE_CLASS);
        assertThat(PasswordPolicy.weakness("wang", "aaaaaaaaa1111")).contains(Weakness.REPETITIVE);
    }

    @Test
    void a_long_mixed_password_without_the_name_is_accepted() {
        assertThat(PasswordPolicy.weakness("wang", "harbour-Lights-42")).isEmpty();
        assertThat(PasswordPolicy.weakness("wang", "焚烧厂监测2024年报表")).isEmpty();
    }

    @Test
    void account_names_are_one_spelling_whatever_the_case_width_or_spaces() {
        assertThat(AccountName.normalise(" Admin ")).isEqualTo("admin");
        assertThat(AccountName.normalise("ＡＤＭＩＮ")).isEqualTo("admin");
        assertThat(AccountName.normalise("aDmIn")).isEqualTo("admin");
    }
}
