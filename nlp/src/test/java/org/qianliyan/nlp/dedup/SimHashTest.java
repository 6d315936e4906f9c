package org.qianliyan.nlp.dedup;

import org.junit.jupiter.api.Test;
import org.qianliyan.nlp.NlpException;
import org.qianliyan.nlp.NlpSettings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SimHashTest {

    private static final String POST = "【曝光】金乡县垃圾焚烧厂连续三晚在凌晨偷排黑烟，周边三个村的村民被刺鼻的气味熏醒，"
            + "孩子咳嗽不止。村民多次拨打12369环保热线投诉，至今没有任何回复，希望生态环境部门尽快到现场调查，"
            + "公开烟气在线监测数据，给我们一个说法。";
    private static final String OTHER = "今年全市空气质量优良天数比例达到百分之八十五，细颗粒物平均浓度同比下降百分之六，"
            + "生态环境局表示将继续推进工业企业深度治理和扬尘管控，确保完成年度目标任务。";

    private final SimHash simHash = new SimHash(NlpSettings.DEFAULT_SIMHASH_THRESHOLD);

    private int distance(String a, String b) {
        return SimHash.hammingDistance(simHash.fingerprint(a), simHash.fingerprint(b));
    }

    @Test
    void a_repost_with_prefix_handles_and_emoji_is_a_near_duplicate() {
        String repost = "转发微博 //@环保小卫士: 太过分了😡😡 @金乡发布 @山东生态环境 " + POST + " 🙏🙏";
        assertThat(distance(POST, repost)).isLessThanOrEqualTo(simHash.threshold());
        assertThat(simHash.nearDuplicate(simHash.fingerprint(POST), simHash.fingerprint(repost))).isTrue();
    }

    @Test
    void a_repost_with_a_trimmed_tail_is_a_near_duplicate() {
        for (int cut = 1; cut <= 15; cut++) { // up to about an eighth of the post
            String trimmed = POST.substring(0, POST.length() - cut) + "…全文";
            assertThat(distance(POST, trimmed)).as("tail trimmed by %d chars", cut)
                    .isLessThanOrEqualTo(simHash.threshold());
        }
    }

    @Test
    void full_width_and_traditional_copies_are_identical() {
        assertThat(distance("金鄉縣垃圾焚燒廠偷排黑煙１２３６９", "金乡县垃圾焚烧厂偷排黑烟12369")).isZero();
    }

    @Test
    void unrelated_posts_are_far_apart() {
        assertThat(distance(POST, OTHER)).isGreaterThan(simHash.threshold() * 2);
    }

    @Test
    void a_post_about_another_plant_with_the_same_template_is_not_a_duplicate() {
        String sibling = POST.replace("金乡县", "博罗县").replace("连续三晚在凌晨偷排黑烟", "白天排放大量粉尘")
                .replace("孩子咳嗽不止", "庄稼叶子发黄").replace("12369环保热线", "12345市民热线");
        assertThat(distance(POST, sibling)).isGreaterThan(simHash.threshold());
    }

    @Test
    void a_text_without_letters_hashes_to_zero_and_the_threshold_is_checked() {
        assertThat(simHash.fingerprint("😀😀!!! ...")).isZero();
        assertThatThrownBy(() -> new SimHash(65)).isInstanceOf(NlpException.class);
    }
}
