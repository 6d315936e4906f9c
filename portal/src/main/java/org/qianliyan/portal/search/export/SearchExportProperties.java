package org.qianliyan.portal.search.export;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.search.export.*}: when the search page exports in the background.
 *
 * @param backgroundAboveRows a result set with more rows than this is exported on the page in the
 *                            background, with progress, a cancel button and then a download; smaller
 *                            ones are a direct link to the streamed API export
 * @param concurrentJobs      background exports running at once for the whole portal; more wait their turn
 */
@Validated
@ConfigurationProperties("qianliyan.search.export")
public record SearchExportProperties(@DefaultValue("10000") @Min(0) long backgroundAboveRows,
                                     @DefaultValue("2") @Min(1) int concurrentJobs) {
}
