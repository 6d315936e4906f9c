package org.qianliyan.crawler.source;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import org.qianliyan.crawler.CrawlerException;

/**
 * Reads and writes {@link SourceProfile}s as JSON; durations are ISO-8601 strings ({@code "PT6H"}).
 * Unknown properties are refused so a typo in a profile file is reported, not ignored.
 */
public final class SourceProfiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .addModule(new com.fasterxml.jackson.databind.module.SimpleModule()
                    .addSerializer(Duration.class, new com.fasterxml.jackson.databind.ser.std.ToStringSerializer())
                    .addDeserializer(Duration.class, new com.fasterxml.jackson.databind.deser.std.FromStringDeserializer<>(Duration.class) {
                        @Override
                        protected Duration _deserialize(String value, com.fasterxml.jackson.databind.DeserializationContext ctxt) {
                            return Duration.parse(value);
                        }
                    }))
            .build();

    private SourceProfiles() {
    }

    /**
     * @param json a profile as JSON
     * @return the profile
     * @throws CrawlerException naming the problem when the JSON is not a valid profile
     */
    public static SourceProfile fromJson(String json) {
        try {
            return MAPPER.readValue(json, SourceProfile.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new CrawlerException("Invalid source profile: " + rootMessage(e), e);
        }
    }

    /** @see #fromJson(String) */
    public static SourceProfile fromJson(InputStream json) {
        try {
            return MAPPER.readValue(json, SourceProfile.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new CrawlerException("Invalid source profile: " + rootMessage(e), e);
        }
    }

    /** @return the profile as indented JSON */
    public static String toJson(SourceProfile profile) {
        try {
            return MAPPER.writeValueAsString(profile);
        } catch (IOException e) {
            throw new CrawlerException("Cannot write source profile " + profile.id(), e);
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = t.getMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline > 0 ? message.substring(0, newline) : message;
    }
}
