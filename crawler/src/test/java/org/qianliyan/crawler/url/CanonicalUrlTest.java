package org.qianliyan.crawler.url;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CanonicalUrlTest {

    @Test
    void host_and_scheme_are_lowercased_and_default_port_and_fragment_dropped() {
        assertThat(CanonicalUrl.of("HTTP://News.Example.CN:80/a/../b.html#top")).isEqualTo("http://news.example.cn/b.html");
    }

    @Test
    void tracking_parameters_are_stripped_and_the_rest_sorted() {
        assertThat(CanonicalUrl.of("https://example.cn/p?utm_source=wx&id=2&spm=a.b&from=timeline&a=1&scene=1"))
                .isEqualTo("https://example.cn/p?a=1&id=2");
    }

    @Test
    void an_empty_path_becomes_a_slash_and_an_empty_query_disappears() {
        assertThat(CanonicalUrl.of("https://example.cn?utm_medium=x")).isEqualTo("https://example.cn/");
    }

    @Test
    void wechat_article_keeps_its_identity_parameters_but_loses_chksm_and_sharer() {
        assertThat(CanonicalUrl.of("https://mp.weixin.qq.com/s?__biz=MzA&mid=2&idx=1&sn=abc&chksm=zz&sharer_sharetime=1"))
                .isEqualTo("https://mp.weixin.qq.com/s?__biz=MzA&idx=1&mid=2&sn=abc");
    }

    @Test
    void non_http_urls_have_no_canonical_form() {
        assertThat(CanonicalUrl.tryOf("javascript:void(0)")).isEmpty();
        assertThat(CanonicalUrl.tryOf("mailto:a@b.cn")).isEmpty();
        assertThat(CanonicalUrl.tryOf("/relative")).isEmpty();
    }

    @Test
    void chinese_characters_and_spaces_in_paths_are_accepted() {
        assertThat(CanonicalUrl.of("http://example.cn/新闻 列表.html")).isEqualTo("http://example.cn/新闻%20列表.html");
    }
}
