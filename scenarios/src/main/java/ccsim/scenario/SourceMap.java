package ccsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each field of a YAML document is, by JSON Pointer: the line and column of its key or first token;
 * and the values that YAML 1.1 reads otherwise than a planner writes them.
 */
final class SourceMap {
    record Location(int line, int column) {
    }

    /** A value written at {@code field} that YAML 1.1 would misread, and why. */
    record Surprise(FieldPath field, Location at, String message) {
    }

    // YAML 1.1 reads an integer with a leading 0 in base 8, 0x.. in base 16, 0b.. in base 2
    private static final Pattern OTHER_BASE = Pattern.compile("[-+]?0(?:[0-7_]+|[xX][0-9a-fA-F_]+|[bB][01_]+)");

    /** No value of a scenario is longer: a name, a URI, a list of DNs written inline. */
    static final int MAX_VALUE_LENGTH = 1_000;

    private final Map<String, Location> byPointer = new HashMap<>();
    private final List<Surprise> surprises = new ArrayList<>();

    SourceMap(YAMLFactory factory, String text) throws IOException {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String pointer = p.getParsingContext().pathAsPointer().toString();
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonLocation l = p.currentTokenLocation();
                Location at = new Location(l.getLineNr(), l.getColumnNr());
                byPointer.putIfAbsent(pointer, at);
                String surprise = surprise((YAMLParser) p, t);
                if (surprise != null) {
                    surprises.add(new Surprise(pathOf(p.getParsingContext()), at, surprise));
                }
            }
        }
    }

    /**
     * Why the current value would not be read as written (a number in another base than 10, yes/no/on/off
     * taken for true or false, an alias the reader takes for text) or would be echoed back whole in a message
     * (a value of thousands of characters), or null when it is read as written.
     */
    static String surprise(YAMLParser p, JsonToken t) throws IOException {
        if (t == JsonToken.VALUE_STRING && p.getText().length() > MAX_VALUE_LENGTH) {
            return String.format(java.util.Locale.ROOT, "a value of %,d characters; at most %,d", p.getText().length(),
                    MAX_VALUE_LENGTH);
        }
                if (p.isCurrentAlias()) {
            return "*" + p.getText() + " is a YAML alias, which ccsim does not expand (it would be read as the text '"
                    + p.getText() + "'): write the value itself";
        }
        if ((t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE)
                && !p.getText().equals("true") && !p.getText().equals("false")) {
            return p.getText() + " would be read by YAML as " + (t == JsonToken.VALUE_TRUE) + ": write true or false, "
                    + "or in quotes (\"" + p.getText() + "\") for a name";
        }
                if (t == JsonToken.VALUE_NUMBER_INT && OTHER_BASE.matcher(p.getText()).matches()) {
            String written = p.getText();
            String base = written.matches("[-+]?0[xX].*") ? "16" : written.matches("[-+]?0[bB].*") ? "2" : "8";
            return written + " would be read by YAML as a number in base " + base + " (" + p.getNumberValue()
                    + "): write it without the leading 0 for a number, or in quotes (\"" + written + "\") for a name";
        }
        return null;
    }

    /** The field the parser is at: the names of the mappings and the indexes of the lists it is inside. */
    private static FieldPath pathOf(JsonStreamContext context) {
        List<Object> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            segments.add(0, c.inArray() ? (Object) c.getCurrentIndex() : c.getCurrentName());
        }
        return new FieldPath(segments);
    }

    /** The values of the document YAML 1.1 would misread, in the order written. */
    List<Surprise> surprises() {
        return surprises;
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
