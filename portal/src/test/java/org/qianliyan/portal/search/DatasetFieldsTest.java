package org.qianliyan.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.qianliyan.index.schema.IndexDefinition;

/**
 * Every field search names for a dataset is one its index maps: a field renamed in a mapping but not in its
 * owner's constants class (or the other way round) fails here rather than matching nothing in search.
 */
class DatasetFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest
    @EnumSource(SearchHit.Kind.class)
    void every_field_search_reads_is_in_the_mapping_of_its_index(SearchHit.Kind kind) throws Exception {
        DatasetFields fields = DatasetFields.of(kind);
        Set<String> named = new HashSet<>(fields.phraseFields().keySet());
        named.addAll(fields.wordFields());
        named.addAll(fields.exactFields());
        named.addAll(fields.prefixFields());
        named.add(fields.dateField());
        named.add(fields.tiebreak());
        fields.named().values().forEach(named::addAll);
        named.addAll(fields.textTwins().keySet());
        named.addAll(fields.textTwins().values());
        for (SearchFacet facet : SearchFacet.values()) {
            facet.field(kind).ifPresent(named::add);
        }
        named.remove(DatasetFields.ID);

        assertThat(mappedFields(fields.alias())).containsAll(named);
    }

    @ParameterizedTest
    @EnumSource(SearchHit.Kind.class)
    void the_text_twin_of_a_named_field_is_searched_as_a_phrase(SearchHit.Kind kind) {
        DatasetFields fields = DatasetFields.of(kind);
        assertThat(fields.phraseFields().keySet()).containsAll(fields.textTwins().values());
    }

    /** The mapped field paths with their sub-fields: {@code name}, {@code name.keyword}, {@code furnaces.point_id}. */
    private static Set<String> mappedFields(String index) throws Exception {
        JsonNode properties = JSON.readTree(IndexDefinition.of(index).json()).path("mappings").path("properties");
        Set<String> paths = new HashSet<>();
        collect("", properties, paths);
        return paths;
    }

    private static void collect(String prefix, JsonNode properties, Set<String> paths) {
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String path = prefix + field.getKey();
            paths.add(path);
            field.getValue().path("fields").fieldNames().forEachRemaining(sub -> paths.add(path + "." + sub));
            collect(path + ".", field.getValue().path("properties"), paths);
        }
    }
}
