package org.qianliyan.portal.i18n;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations from one message bundle per feature: {@code i18n/<feature>.properties}
 * holds the Chinese text (the default) and {@code i18n/<feature>_en.properties} the English.
 * Keys start with the feature's name, so bundles never collide.
 */
@Component
public class BundleI18nProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE_FOLDER = "i18n/";

    private final List<String> bundleNames;

    public BundleI18nProvider() {
        this.bundleNames = discoverBundles();
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = supported(locale);
        for (String bundleName : bundleNames) {
            ResourceBundle bundle = ResourceBundle.getBundle(bundleName, supported, DefaultIsChinese.CONTROL);
            if (bundle.containsKey(key)) {
                String text = bundle.getString(key);
                return params.length == 0 ? text : new MessageFormat(text, supported).format(params);
            }
        }
        return "!" + key;
    }

    /** English for any English locale, Chinese for everything else: Chinese comes first. */
    public static Locale supported(Locale locale) {
        return locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : CHINESE;
    }

    private static List<String> discoverBundles() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:" + BUNDLE_FOLDER + "*.properties");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(name -> name != null && !name.contains("_"))
                    .map(name -> BUNDLE_FOLDER + name.substring(0, name.length() - ".properties".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the message bundles", e);
        }
    }

    /** The base bundle is Chinese, so Chinese must not fall back to the JVM's default locale. */
    private static final class DefaultIsChinese extends ResourceBundle.Control {
        static final DefaultIsChinese CONTROL = new DefaultIsChinese();

        @Override
        public List<String> getFormats(String baseName) {
            return ResourceBundle.Control.FORMAT_PROPERTIES;
        }

        @Override
        public Locale getFallbackLocale(String baseName, Locale locale) {
            return null;
        }

        @Override
        public List<Locale> getCandidateLocales(String baseName, Locale locale) {
            return ENGLISH.equals(locale) ? List.of(ENGLISH, Locale.ROOT) : List.of(Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return "BundleI18nProvider" + bundleNames;
    }

}
