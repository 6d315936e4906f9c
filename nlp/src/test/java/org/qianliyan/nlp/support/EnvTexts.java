package org.qianliyan.nlp.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.qianliyan.nlp.NlpException;
import org.qianliyan.testkit.Fixtures;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the envText datasets: {@code SA_Intensity.json} ({@code {"train":{"text":[…],"label":[…]},"valid":…}})
 * and {@code CLS_IsClimate.json} ({@code {"train":{"pos":[…],"neg":[…]},"valid":…}}).
 */
public final class EnvTexts {

    private EnvTexts() {
    }

    /**
     * @param reference {@code SA/valid/12} or {@code CLS/train.pos/3}
     * @param json      the two parsed files
     * @return the referenced text
     */
    public static String resolve(String reference, JsonNode sa, JsonNode cls) {
        String[] parts = reference.split("/");
        int index = Integer.parseInt(parts[2]);
        JsonNode node = switch (parts[0]) {
            case "SA" -> sa.path(parts[1]).path("text").path(index);
            case "CLS" -> {
                String[] split = parts[1].split("\\.");
                yield cls.path(split[0]).path(split[1]).path(index);
            }
            default -> throw new NlpException("unknown dataset in reference " + reference);
        };
        if (node.isMissingNode()) {
            throw new NlpException("no text at " + reference);
        }
        return node.asText();
    }

    /** @return the parsed SA_Intensity.json */
    public static JsonNode sentimentIntensity() {
        return read(Fixtures.shared("data/envtext/SA_Intensity.json"));
    }

    /** @return the parsed CLS_IsClimate.json */
    public static JsonNode isClimate() {
        return read(Fixtures.shared("data/envtext/CLS_IsClimate.json"));
    }

    /** @return all texts of SA_Intensity (train then valid) */
    public static List<String> allSentimentTexts(JsonNode sa) {
        List<String> texts = new ArrayList<>();
        for (String split : List.of("train", "valid")) {
            sa.path(split).path("text").forEach(t -> texts.add(t.asText()));
        }
        return texts;
    }

    private static JsonNode read(Path path) {
        try {
            return new ObjectMapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new NlpException("cannot read " + path, e);
        }
    }
}
