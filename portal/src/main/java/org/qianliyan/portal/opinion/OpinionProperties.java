package org.qianliyan.portal.opinion;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.opinion.*}.
 *
 * @param demoPosts generate labelled 示例 posts when the portal starts with no post at all
 *                  (the first crawled post removes them)
 * @param demoDays  how many days of demo posts, ending today
 */
@Validated
@ConfigurationProperties("qianliyan.opinion")
public record OpinionProperties(@DefaultValue("true") boolean demoPosts,
                                @DefaultValue("30") @Min(1) @Max(365) int demoDays) {
}
