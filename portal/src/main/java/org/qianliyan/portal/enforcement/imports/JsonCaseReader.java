package org.qianliyan.portal.enforcement.imports;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.qianliyan.portal.enforcement.domain.CaseColumn;

/**
 * A JSON array of objects keyed by the same Chinese headers as the CSV template, read one
 * object at a time. Keys may be left out (a blank value); an unknown key is ignored and
 * reported once, as an unknown column is.
 */
final class JsonCaseReader implements CaseFileReader {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void read(InputStream in, CaseRowSink sink) throws IOException {
        try (JsonParser parser = MAPPER.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableFileException("expected a JSON array of cases");
            }
            long position = 0;
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                position++;
                JsonNode object = MAPPER.readTree(parser);
                sink.accept(position, row(object, sink));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new UnreadableFileException("case " + (position + 1) + ": expected a JSON object");
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UnreadableFileException("not valid JSON: " + e.getOriginalMessage()
                    + " at line " + e.getLocation().getLineNr(), e);
        }
    }

    private static Map<CaseColumn, String> row(JsonNode object, CaseRowSink sink) {
        Map<CaseColumn, String> row = new EnumMap<>(CaseColumn.class);
        List<String> unknown = new ArrayList<>();
        object.fields().forEachRemaining(field -> CaseColumn.byHeader(field.getKey()).ifPresentOrElse(
                column -> row.put(column, field.getValue().isNull() ? "" : field.getValue().asText()),
                () -> unknown.add(field.getKey())));
        unknown.removeAll(CaseColumn.DERIVED_HEADERS);
        if (!unknown.isEmpty()) {
            sink.ignoredColumns(unknown);
        }
        return row;
    }
}
