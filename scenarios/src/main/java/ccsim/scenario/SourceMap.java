package ccsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/** Where each field of a YAML document is, by JSON Pointer: the line and column of its key or first token. */
final class SourceMap {
    record Location(int line, int column) {
    }

    private final Map<String, Location> byPointer = new HashMap<>();

    SourceMap(YAMLFactory factory, String text) throws IOException {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonLocation l = p.currentTokenLocation();
                byPointer.putIfAbsent(pointer, new Location(l.getLineNr(), l.getColumnNr()));
            }
        }
    }

    /** How many leading segments of {@code path} the file has: all of them when the field is written there. */
    int presentDepth(FieldPath path) {
        FieldPath p = path;
        while (!p.segments().isEmpty() && !byPointer.containsKey(p.pointer())) {
            p = new FieldPath(p.segments().subList(0, p.segments().size() - 1));
        }
        return p.segments().size();
    }

    /** The location of the field, else of its nearest ancestor present in the file. */
    Location locate(FieldPath path) {
        FieldPath p = path;
        while (true) {
            Location l = byPointer.get(p.pointer());
            if (l != null || p.segments().isEmpty()) {
                return l == null ? new Location(1, 1) : l;
            }
            p = new FieldPath(p.segments().subList(0, p.segments().size() - 1));
        }
    }
}
