package org.qianliyan.index.schema;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import org.qianliyan.index.IndexException;

/**
 * One logical index: its name (the alias, before the prefix), its settings and mappings
 * as a JSON classpath resource, and how documents of an earlier mapping are upgraded when a
 * changed mapping copies them into a new index.
 *
 * <pre>{@code
 * IndexDefinition facilities = IndexDefinition.of("facilities");
 * // loads /org/qianliyan/index/mappings/facilities.json: {"settings": {...}, "mappings": {...}}
 * }</pre>
 *
 * @param name            the logical name, such as {@code facilities}
 * @param mappingResource the classpath resource holding {@code settings} and {@code mappings}
 * @param upgrade         applied to each document copied from an older version of the index
 */
public record IndexDefinition(String name, String mappingResource, DocumentUpgrade upgrade) {

    private static final String MAPPINGS_FOLDER = "/org/qianliyan/index/mappings/";

    public IndexDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(mappingResource, "mappingResource");
        Objects.requireNonNull(upgrade, "upgrade");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IndexException("index name must be lower-case letters, digits and dashes: " + name);
        }
    }

    /** A definition whose older documents need no upgrade. */
    public IndexDefinition(String name, String mappingResource) {
        this(name, mappingResource, DocumentUpgrade.NONE);
    }

    /** The definition whose JSON is {@code /org/qianliyan/index/mappings/<name>.json}. */
    public static IndexDefinition of(String name) {
        return new IndexDefinition(name, MAPPINGS_FOLDER + name + ".json");
    }

    /** This definition, upgrading documents of older versions with {@code upgrade} when they are copied. */
    public IndexDefinition withUpgrade(DocumentUpgrade upgrade) {
        return new IndexDefinition(name, mappingResource, upgrade);
    }

    /** The settings-and-mappings JSON. */
    public String json() {
        try (InputStream in = IndexDefinition.class.getResourceAsStream(mappingResource)) {
            if (in == null) {
                throw new IndexException("mapping resource " + mappingResource + " of index '" + name + "' is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IndexException("cannot read mapping resource " + mappingResource, e);
        }
    }

    /**
     * Eight hex digits that change whenever the JSON changes: part of the concrete index
     * name, so a changed mapping gets a new index and a migration.
     */
    public String version() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
