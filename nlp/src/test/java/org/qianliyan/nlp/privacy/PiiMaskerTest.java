package org.qianliyan.nlp.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PiiMaskerTest {

    private final PiiMasker masker = new PiiMasker();

    @Test
    void mobile_numbers_keep_only_their_first_three_digits() {
        assertThat(masker.mask("联系我13812345678谢谢")).isEqualTo("联系我138********谢谢");
        assertThat(masker.mask("电话：138-1234-5678")).isEqualTo("电话：138-****-****");
        assertThat(masker.mask("+8613912345678")).doesNotContain("12345678");
    }

    @Test
    void landlines_keep_their_area_code() {
        assertThat(masker.mask("请拨0537-8765432")).isEqualTo("请拨0537-*******");
        assertThat(masker.mask("(010)62345678")).isEqualTo("(010)********");
    }

    @Test
    void a_valid_id_card_number_is_masked_after_the_region_code() {
        // a made-up number with a correct check digit
        assertThat(masker.mask("身份证11010519491231002X")).isEqualTo("身份证110105************");
    }

    @Test
    void eighteen_digits_with_a_wrong_check_digit_are_still_masked_as_an_id_card() {
        assertThat(masker.mask("编号110105194912310021")).isEqualTo("编号110105************");
        assertThat(masker.mask("身份证37082819990230123x号")).isEqualTo("身份证370828************号");
    }

    @Test
    void an_old_fifteen_digit_id_card_number_is_masked_after_the_region_code() {
        assertThat(masker.mask("旧证号370828490101123。")).isEqualTo("旧证号370828*********。");
    }

    @Test
    void mobile_numbers_with_country_code_spaces_or_dashes_lose_every_subscriber_digit() {
        for (String written : new String[] {"+86 138 1234 5678", "+86-13812345678", "0086 13812345678",
                "(+86)13812345678", "138 1234 5678", "86-138-1234-5678"}) {
            String masked = masker.mask("电话" + written + "。");
            assertThat(masked).as(written).doesNotContainPattern("[0-9]{4}").doesNotContain("5678").doesNotContain("1234");
        }
    }

    @Test
    void landlines_in_every_common_notation_lose_their_local_number() {
        for (String written : new String[] {"0531-88886666", "0531 88886666", "053188886666", "(0531)8888-6666",
                "010-6234 5678", "+86 10 62345678", "0537-8765432-801"}) {
            String masked = masker.mask("电话" + written + "。");
            assertThat(masked).as(written).doesNotContain("8888").doesNotContain("6666").doesNotContain("5678")
                    .doesNotContain("8765").hasSameSizeAs("电话" + written + "。");
        }
    }

    @Test
    void full_width_digits_do_not_get_a_number_past_the_masker() {
        assertThat(masker.mask("电话１３８１２３４５６７８")).isEqualTo("电话１３８********");
    }

    @Test
    void plates_emails_and_handles_are_masked() {
        assertThat(masker.mask("车牌鲁H12345的渣土车")).isEqualTo("车牌鲁H*****的渣土车");
        assertThat(masker.mask("邮箱 zhang.san@example.com")).isEqualTo("邮箱 z" + "*".repeat(20));
        assertThat(masker.mask("@环保小卫士 你看")).isEqualTo("@***** 你看");
    }

    @Test
    void the_flat_of_a_private_address_is_masked_but_the_street_survives() {
        String masked = masker.mask("我家住幸福小区3号楼2单元501室，就在厂边上");
        assertThat(masked).isEqualTo("我家住幸福小区*号楼*单元***室，就在厂边上");
    }

    @Test
    void amounts_dates_readings_coordinates_and_credit_codes_survive() {
        String text = "罚款50000元，2023-12-01 12:10:01监测二氧化硫35mg/m3，二噁英0.1ngTEQ/m3，坐标120.555649,41.644238，"
                + "信用代码91211300MA11CM2D4N，日处理2250t/d，工业园区3号街以西4号路以北，编号20231201001";
        assertThat(masker.mask(text)).isEqualTo(text);
    }

    @Test
    void masking_keeps_the_length() {
        String text = "电话13812345678，邮箱a@b.cn，@某人，车牌京A12345";
        assertThat(masker.mask(text)).hasSameSizeAs(text);
    }
}
