package ccsim.scenario;

import ccsim.core.engine.EventListKind;
import ccsim.model.config.DnType;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Mode;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.SelectionPolicy;
import ccsim.model.config.TransferMethod;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Reads a scenario file, applies {@code --set} overrides, and checks it. Every problem is reported
 * with the file, line, column and field it concerns; a scenario with any problem is not returned.
 */
public final class ScenarioLoader {
    private final YAMLFactory yaml = YAMLFactory.builder().build();
    private final ObjectMapper mapper;

    public ScenarioLoader() {
        mapper = YAMLMapper.builder(yaml)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .addModule(new ScenarioModule(List.of(Mode.class, DnType.class, SelectionPolicy.class, Queuing.class,
                        TransferMethod.class, GvpMode.class,
                        EventListKind.class)))
                .build();
    }

    /** Loads {@code file} with no overrides. */
    public Scenario load(Path file) {
        return load(file, List.of());
    }

    /** Loads {@code file}, applies the overrides in order, and checks the result. */
    public Scenario load(Path file, List<FieldOverride> overrides) {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw single(file, "no such file");
        } catch (IOException e) {
            throw single(file, "cannot read: " + e);
        }
        return parse(file, text, overrides);
    }

    /** Parses scenario text; {@code file} is the name used in messages. */
    public Scenario parse(Path file, String text, List<FieldOverride> overrides) {
        SourceMap source;
        JsonNode tree;
        try {
            source = new SourceMap(yaml, text);
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            throw new ScenarioException(List.of(new ScenarioError(file, l == null ? 0 : l.getLineNr(),
                    l == null ? 0 : l.getColumnNr(), "", "not valid YAML: " + e.getOriginalMessage())));
        } catch (IOException e) {
            throw single(file, "cannot read: " + e);
        }
        if (tree == null || !tree.isObject()) {
            throw single(file, "a scenario is a YAML mapping (name:, mode:, run:, ...); the file holds none");
        }
        Where where = new Where(file, source, overrides);
        for (FieldOverride o : overrides) {
            apply((ObjectNode) tree, o);
        }
        Scenario scenario;
        try {
            scenario = mapper.treeToValue(tree, Scenario.class);
        } catch (JsonMappingException e) {
            throw new ScenarioException(List.of(where.error(pathOf(e), describe(e))));
        } catch (JsonProcessingException e) {
            throw new ScenarioException(List.of(where.error(FieldPath.root(), e.getOriginalMessage())));
        }
        List<ScenarioError> errors = ScenarioCheck.of(scenario).stream()
                .map(p -> where.error(p.field(), p.message())).toList();
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return scenario;
    }

    private static ScenarioException single(Path file, String message) {
        return new ScenarioException(List.of(new ScenarioError(file, 0, 0, "", message)));
    }

    /** Sets one field of the tree, creating mappings on the way; list items must exist. */
    private void apply(ObjectNode root, FieldOverride o) {
        JsonNode value;
        try {
            value = o.value().isEmpty() ? mapper.getNodeFactory().textNode("") : mapper.readTree(o.value());
        } catch (JsonProcessingException e) {
            value = mapper.getNodeFactory().textNode(o.value());
        }
        List<Object> segments = o.path().segments();
        JsonNode node = root;
        for (int i = 0; i < segments.size(); i++) {
            Object seg = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (seg instanceof String field) {
                if (!node.isObject()) {
                    throw overrideError(o, "'" + field + "' is inside something that is not a mapping");
                }
                ObjectNode obj = (ObjectNode) node;
                if (last) {
                    obj.set(field, value);
                } else {
                    if (obj.get(field) == null || obj.get(field).isNull()) {
                        obj.set(field, segments.get(i + 1) instanceof Integer ? obj.arrayNode() : obj.objectNode());
                    }
                    node = obj.get(field);
                }
            } else {
                int index = (Integer) seg;
                if (!node.isArray() || index >= node.size()) {
                    throw overrideError(o, "there is no item [" + index + "] (the list has "
                            + (node.isArray() ? node.size() : 0) + ")");
                }
                if (last) {
                    ((ArrayNode) node).set(index, value);
                } else {
                    node = node.get(index);
                }
            }
        }
    }

    private static ScenarioException overrideError(FieldOverride o, String message) {
        return new ScenarioException(List.of(new ScenarioError(Path.of(o.shownAs()), 0, 0,
                o.path().toString(), message)));
    }

    private static FieldPath pathOf(JsonMappingException e) {
        List<Object> segments = new ArrayList<>();
        for (JsonMappingException.Reference r : e.getPath()) {
            segments.add(r.getFieldName() != null ? r.getFieldName() : (Object) r.getIndex());
        }
        return new FieldPath(segments);
    }

    private static String describe(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null ? "" : u.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().collect(Collectors.joining(", "));
            return "unknown field '" + u.getPropertyName() + "'" + (known.isEmpty() ? "" : "; expected one of: " + known);
        }
        if (e instanceof FieldException) {
            return e.getOriginalMessage();
        }
        if (e instanceof ValueInstantiationException && e.getCause() != null) {
            return e.getCause().getMessage();
        }
        if (e instanceof InvalidFormatException f) {
            return "expected " + expected(f.getTargetType()) + ", got '" + f.getValue() + "'";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + expected(m.getTargetType());
        }
        return e.getOriginalMessage();
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Double.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list (lines starting with '- ')";
        }
        if (type.isRecord() || java.util.Map.class.isAssignableFrom(type)) {
            return "a mapping (key: value lines)";
        }
        return type.getSimpleName();
    }

    /** Turns a field path into a file location, or into the override that set it. */
    private record Where(Path file, SourceMap source, List<FieldOverride> overrides) {
        ScenarioError error(FieldPath field, String message) {
            for (int i = overrides.size() - 1; i >= 0; i--) {
                FieldOverride o = overrides.get(i);
                if (field.startsWith(o.path())) {
                    return new ScenarioError(Path.of(o.shownAs()), 0, 0, field.toString(), message);
                }
            }
            SourceMap.Location l = source.locate(field);
            return new ScenarioError(file, l.line(), l.column(), field.toString(), message);
        }
    }
}
