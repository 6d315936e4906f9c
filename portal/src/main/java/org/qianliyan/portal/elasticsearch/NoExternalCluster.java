package org.qianliyan.portal.elasticsearch;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Matches when no external cluster is configured, so the embedded server must run. */
class NoExternalCluster implements Condition {

    static final String URIS = "spring.elasticsearch.uris";

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return !StringUtils.hasText(context.getEnvironment().getProperty(URIS));
    }
}
