package org.qianliyan.portal.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

class BundleI18nProviderTest {

    private final BundleI18nProvider provider = new BundleI18nProvider();

    @Test
    void chinese_is_the_default_and_english_is_available() {
        assertThat(provider.getTranslation("shell.nav.overview", Locale.SIMPLIFIED_CHINESE)).isEqualTo("首页");
        assertThat(provider.getTranslation("shell.nav.overview", Locale.ENGLISH)).isEqualTo("Overview");
        assertThat(provider.getTranslation("shell.nav.overview", Locale.GERMAN)).isEqualTo("首页");
        assertThat(provider.getTranslation("shell.nav.overview", Locale.US)).isEqualTo("Overview");
    }

    @Test
    void parameters_are_formatted_into_the_message() {
        assertThat(provider.getTranslation("shell.logout", Locale.ENGLISH, "admin")).isEqualTo("Log out (admin)");
    }

    @Test
    void a_missing_key_is_visible_rather_than_blank() {
        assertThat(provider.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void every_chinese_message_has_an_english_translation_and_back() throws IOException {
        Resource[] chinese = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        assertThat(chinese).isNotEmpty();
        for (Resource bundle : chinese) {
            String name = bundle.getFilename();
            if (name == null || name.contains("_")) {
                continue;
            }
            Properties zh = load(bundle);
            Properties en = load(bundle.createRelative(name.replace(".properties", "_en.properties")));
            assertThat(en.stringPropertyNames()).as("English keys of %s", name)
                    .containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());
        }
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return properties;
    }
}
