package org.qianliyan.index.schema;

import java.util.Map;

/**
 * Turns the source of a document written under an earlier mapping of an index into one its current mapping
 * accepts, such as renamed fields. {@link IndexLifecycle} applies it to every document it copies when the mapping
 * changes, so an existing data directory upgrades in place, without a re-import.
 *
 * <p>It must leave a current document as it is: an interrupted migration copies again, and a document may already
 * have been upgraded.
 *
 * <pre>{@code
 * DocumentUpgrade renamed = source -> { source.put("party_name", source.remove("partyName")); return source; };
 * IndexDefinition cases = IndexDefinition.of("cases").withUpgrade(renamed);
 * }</pre>
 */
@FunctionalInterface
public interface DocumentUpgrade {

    /** Documents of every earlier mapping are already current. */
    DocumentUpgrade NONE = source -> source;

    /** The source in the current form; may change and return {@code source} itself. */
    Map<String, Object> upgrade(Map<String, Object> source);
}
