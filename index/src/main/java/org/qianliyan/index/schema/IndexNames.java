package org.qianliyan.index.schema;

import java.util.Objects;

import org.qianliyan.index.IndexException;

/**
 * Where the logical indices live in a cluster: {@code prefix + name} is the alias,
 * {@code prefix + name + "-" + version} the concrete index behind it. The prefix lets
 * several portals, or test classes, share one cluster.
 *
 * @param prefix such as {@code qianliyan-}
 */
public record IndexNames(String prefix) {

    public IndexNames {
        Objects.requireNonNull(prefix, "prefix");
        if (!prefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IndexException("index prefix must be lower-case letters, digits, '_' and '-': '" + prefix + "'");
        }
    }

    /** The alias that readers and writers use. */
    public String alias(String name) {
        return prefix + name;
    }

    /** The concrete index holding {@code definition} at its current version. */
    public String concrete(IndexDefinition definition) {
        return alias(definition.name()) + "-" + definition.version();
    }
}
