package org.qianliyan.portal.elasticsearch;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.StringUtils;

/**
 * Begins the embedded server's start as soon as the application context has its final
 * environment (after the initializers, which tests use to choose ports), before any bean
 * exists, and hands it to the context as the {@link ElasticsearchStartup} bean (registered
 * in {@code META-INF/spring.factories}, so it runs for the portal and for one-shot
 * commands alike). With an external cluster it does nothing.
 */
class EarlyElasticsearchStart implements ApplicationListener<SpringApplicationEvent> {

    private ElasticsearchStartup startup;

    @Override
    public void onApplicationEvent(SpringApplicationEvent event) {
        if (event instanceof ApplicationContextInitializedEvent initialized) {
            ConfigurableApplicationContext context = initialized.getApplicationContext();
            if (!StringUtils.hasText(context.getEnvironment().getProperty(NoExternalCluster.URIS))) {
                startup = ElasticsearchStartup.begin(context.getEnvironment());
                context.getBeanFactory().registerSingleton("elasticsearchStartup", startup);
            }
        } else if (event instanceof ApplicationFailedEvent && startup != null) {
            startup.abandon();
        }
    }
}
