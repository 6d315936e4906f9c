package org.qianliyan.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Post-sized texts cut from the real environment texts of {@code ../shared/data/envtext}
 * (provenance in its {@code PROVENANCE.txt}), so that the NLP benchmark and the pipeline
 * benchmark measure the same texts.
 */
public final class EnvTextPosts {

    private EnvTextPosts() {
    }

    /**
     * @param shared the shared directory ({@code ../shared})
     * @param length characters per post
     * @param max    at most this many posts
     * @return consecutive {@code length}-character slices of the sentiment corpus's train and valid texts
     */
    public static List<String> of(Path shared, int length, int max) throws IOException {
        JsonNode corpus = new ObjectMapper().readTree(shared.resolve("data/envtext/SA_Intensity.json").toFile());
        StringBuilder all = new StringBuilder();
        for (String split : List.of("train", "valid")) {
            corpus.path(split).path("text").forEach(t -> all.append(t.asText().strip()).append('\n'));
        }
        List<String> posts = new ArrayList<>();
        for (int i = 0; i + length <= all.length() && posts.size() < max; i += length) {
            posts.add(all.substring(i, i + length));
        }
        return posts;
    }
}
