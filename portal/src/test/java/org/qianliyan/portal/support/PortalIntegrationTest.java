package org.qianliyan.portal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole portal on a random port against the test JVM's real Elasticsearch, with an
 * index prefix of its own. Every class with this annotation shares one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"qianliyan.security.admin-password-hash=" + PortalIntegrationTest.ADMIN_PASSWORD_HASH,
                // tests run detection themselves; a scheduled run could raise their alerts first
                "qianliyan.alerts.enabled=false",
                // every test calls from 127.0.0.1 into one shared context; AnonymousRateLimitTest covers the limit
                "qianliyan.api.anonymous-rate-limit.requests-per-minute=1000000",
                // the search page exports more than two rows in the background (SearchPageBrowserIT)
                "qianliyan.search.export.background-above-rows=2"})
@ContextConfiguration(initializers = TestElasticsearchInitializer.class)
public @interface PortalIntegrationTest {

    /** Test-only administrator password, and its BCrypt hash below. */
    String ADMIN_PASSWORD = "test-only-password";
    String ADMIN_PASSWORD_HASH = "$2a$04$WbhenwJzx/NkHdzZnF4rh.t/ZXqtdf7TTIvscDL10xcPm6D7fFyke";
}
