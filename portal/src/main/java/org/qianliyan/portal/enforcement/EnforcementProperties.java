package org.qianliyan.portal.enforcement;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code qianliyan.enforcement.*}.
 *
 * @param demoCases whether a fresh installation without cases gets 60 示例 cases
 */
@ConfigurationProperties("qianliyan.enforcement")
public record EnforcementProperties(@DefaultValue("true") boolean demoCases) {
}
