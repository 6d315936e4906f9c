package org.qianliyan.nlp.segment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.qianliyan.nlp.Token;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReadOnlyDictionaryTest {

    @TempDir
    Path dir;

    private static List<Path> listing(Path path) throws IOException {
        try (Stream<Path> files = Files.list(path)) {
            return files.sorted().toList();
        }
    }

    @Test
    void a_dictionary_in_a_read_only_directory_is_loaded_without_writing_a_cache_anywhere() throws IOException {
        Path dictionary = Files.writeString(dir.resolve("user.txt"), "臭气扰民 nz 100\n焚烧飞灰 5\n");
        Path workingDirectory = Path.of("").toAbsolutePath();
        List<Path> before = listing(workingDirectory);
        dir.toFile().setWritable(false);
        try {
            HanLpRuntime.ensureInitialised();
            HanLpRuntime.ensureInitialised(); // idempotent
            Segmenter segmenter = new Segmenter(DomainDictionary.load(List.of(dictionary), List.of()));
            assertThat(segmenter.segment(TextNormalizer.normalize("居民投诉臭气扰民和焚烧飞灰")))
                    .extracting(Token::word).contains("臭气扰民", "焚烧飞灰");
        } finally {
            dir.toFile().setWritable(true);
        }
        assertThat(listing(dir)).containsExactly(dictionary);
        assertThat(listing(workingDirectory)).isEqualTo(before);
    }
}
