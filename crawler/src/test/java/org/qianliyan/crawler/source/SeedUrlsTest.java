package org.qianliyan.crawler.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qianliyan.crawler.CrawlerException;

class SeedUrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"file:///etc/passwd", "gopher://example.cn:70/_GET", "ftp://example.cn/", "javascript:alert(1)",
            "127.1", "example.cn/news", "http://", "http:///news", "https://:443/", "http://news.example.cn@127.0.0.1/",
            "http://user:pass@example.cn/", "http://127.1/", "http://2130706433/", "http://0x7f.0.0.1/",
            "http://0177.0.0.1/", "http://1.2.3.4./", "http://0/", "http://exa mple.cn/", "https://生态环境部.中国/", "", " "})
    void seeds_that_are_not_plain_http_urls_with_a_host_are_refused_with_a_reason(String seed) {
        assertThat(SeedUrls.problem(seed)).as(seed).hasValueSatisfying(reason -> assertThat(reason).isNotBlank());
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://sthjt.hubei.gov.cn/fbjd/xxgkml/gysyjs/xzcf/", "http://example.cn:8080/list?p=1",
            "HTTPS://WWW.MEE.GOV.CN/", "http://8.8.8.8/", "http://[2400:3200::1]/", "https://xn--fiq53l6wcx9cp1flrj.xn--fiqs8s/"})
    void plain_http_and_https_urls_pass(String seed) {
        assertThat(SeedUrls.problem(seed)).as(seed).isEmpty();
    }

    @Test
    void the_reason_names_the_scheme_and_the_seed() {
        assertThat(SeedUrls.problem("gopher://example.cn/")).hasValueSatisfying(reason ->
                assertThat(reason).contains("'gopher'").contains("gopher://example.cn/"));
    }

    @Test
    void a_profile_with_one_bad_seed_among_good_ones_is_refused_naming_it() {
        SourceProfile profile = new SourceProfile("mixed", "Mixed", SourceKind.SITE,
                List.of("https://example.cn/", "file:///etc/shadow"), null, null, FieldSelectors.NONE, List.of(), Map.of(),
                null, true);
        assertThatThrownBy(() -> SeedUrls.check(profile)).isInstanceOf(CrawlerException.class)
                .hasMessageContaining("mixed").hasMessageContaining("file:///etc/shadow");
    }
}
