package org.qianliyan.portal.elasticsearch;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Elasticsearch server archive that the build puts inside the jar
 * ({@code elasticsearch/elasticsearch-<version>.zip}), copied to the data directory once
 * so the launcher can unpack it.
 */
final class ElasticsearchArchive {

    private static final String LOCATION = "classpath*:elasticsearch/elasticsearch-*.zip";

    Path extractTo(Path dataDir) {
        Resource archive = find();
        Path target = dataDir.resolve("elasticsearch").resolve(archive.getFilename());
        try {
            if (Files.isRegularFile(target) && Files.size(target) == archive.contentLength()) {
                return target;
            }
            Files.createDirectories(target.getParent());
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (InputStream in = archive.getInputStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the Elasticsearch archive to " + target.toAbsolutePath()
                    + ": check that the data directory (qianliyan.data-dir) is writable", e);
        }
    }

    private static Resource find() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(LOCATION);
            if (found.length == 0) {
                throw new IllegalStateException("this build carries no Elasticsearch archive (elasticsearch/*.zip):"
                        + " rebuild with the README's run command, or set spring.elasticsearch.uris to use a cluster");
            }
            return found[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot look for the Elasticsearch archive", e);
        }
    }
}
