package org.qianliyan.portal.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.qianliyan.portal.config.QianliyanProperties;
import org.springframework.stereotype.Component;

/**
 * Whether the generated demo data may still be generated. Once real data has been imported
 * the demo is off for good: a marker file under the data directory says so, so a restart
 * (with an index that has real plants but, say, no cases yet) does not bring 示例 back.
 */
@Component
public class DemoSwitch {

    static final String MARKER = "demo-retired";

    private final Path marker;

    public DemoSwitch(QianliyanProperties properties) {
        this.marker = properties.dataDir().resolve(MARKER);
    }

    /** @return true once real data has been imported into this installation */
    public boolean retired() {
        return Files.exists(marker);
    }

    /** Turns the demo off from now on, noting which import did it. */
    public void retire(String dataset) {
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "real data imported: " + dataset + " at " + Instant.now() + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }
}
