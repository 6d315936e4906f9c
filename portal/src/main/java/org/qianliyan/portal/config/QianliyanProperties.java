package org.qianliyan.portal.config;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code qianliyan.*} (docs/design-notes.md, Contracts).
 *
 * @param dataDir where the portal keeps everything it owns: the embedded Elasticsearch,
 *                trained models, import uploads ({@code QIANLIYAN_DATA_DIR}, default {@code ./data})
 */
@Validated
@ConfigurationProperties("qianliyan")
public record QianliyanProperties(@DefaultValue("./data") @NotNull Path dataDir) {
}
