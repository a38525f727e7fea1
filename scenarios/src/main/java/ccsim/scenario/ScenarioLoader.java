package ccsim.scenario;

import ccsim.core.engine.EventListKind;
import ccsim.model.config.CostPeriod;
import ccsim.model.config.DnType;
import ccsim.model.config.GvpMode;
import ccsim.model.config.Mode;
import ccsim.model.config.NoCapableIpcs;
import ccsim.model.config.PortSelection;
import ccsim.model.config.SipTransport;
import ccsim.model.config.ServiceLevelDefinition;
import ccsim.model.config.StreamManagerFull;
import ccsim.model.config.Queuing;
import ccsim.model.config.Scenario;
import ccsim.model.config.SelectionPolicy;
import ccsim.model.config.TransferMethod;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.StreamReadFeature;
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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalInt;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a scenario file, applies {@code --set} overrides, and checks it. Every problem is reported
 * with the file, line, column and field it concerns; a scenario with any problem is not returned.
 */
public final class ScenarioLoader {
    // a key written twice in one mapping (two ports: lines) is a slip to show, not a value to overwrite
    private final YAMLFactory yaml = YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private final ObjectMapper mapper;

    public ScenarioLoader() {
        mapper = YAMLMapper.builder(yaml)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(new ScenarioModule(List.of(Mode.class, DnType.class, SelectionPolicy.class, Queuing.class,
                        TransferMethod.class, GvpMode.class, NoCapableIpcs.class, PortSelection.class, SipTransport.class,
                        EventListKind.class, StreamManagerFull.class, ServiceLevelDefinition.class, CostPeriod.class)))
                .build();
    }

    /** Loads {@code file} with no overrides. */
    public Scenario load(Path file) {
        return load(file, List.of());
    }

    /** Loads {@code file}, applies the overrides in order, and checks the result (with variants, the first). */
    public Scenario load(Path file, List<FieldOverride> overrides) {
        return parse(file, read(file), overrides);
    }

    private static String read(Path file) {
        return ScenarioFile.read(file);
    }

    /** Parses scenario text; {@code file} is the name used in messages. With variants, the first. */
    public Scenario parse(Path file, String text, List<FieldOverride> overrides) {
        return parseVariants(file, text, overrides).get(0).scenario();
    }

    /**
     * Loads {@code file} and every variant it lists (a name and the fields it changes, written as
     * for --set), each with the overrides applied and checked. Without variants, the scenario alone.
     */
    public List<Variant> loadVariants(Path file, List<FieldOverride> overrides) {
        return parseVariants(file, read(file), overrides);
    }

    /**
     * The whole number at {@code path} of {@code file}'s variant number {@code variant} (0 without
     * variants) with the overrides applied (the first item's for a [*] path), e.g. an IPCS's ports where
     * a sizing search starts; empty when the file does not set the field.
     *
     * @throws IllegalArgumentException when the field holds something else than a whole number
     */
    public OptionalInt intAt(Path file, List<FieldOverride> overrides, int variant, FieldPath path) {
        String text = read(file);
        ObjectNode tree;
        SourceMap source;
        try {
            tree = (ObjectNode) mapper.readTree(text);
            source = new SourceMap(yaml, text);
        } catch (JsonProcessingException e) {
            throw single(file, "not valid YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw single(file, "cannot read: " + e);
        }
        JsonNode variantsNode = tree.remove("variants");
        VariantSpec spec = variantsNode == null ? null
                : variantSpecs(variantsNode, new Where(file, source, overrides, FieldPath.root(), List.of())).get(variant);
        tree = changed(file, source, tree, spec, variant, overrides);
        List<Object> firstItem = new ArrayList<>(path.segments());
        firstItem.replaceAll(seg -> FieldPath.EVERY.equals(seg) ? (Object) 0 : seg);
        JsonNode value = tree.at(new FieldPath(firstItem).pointer());
        if (value.isMissingNode() || value.isNull()) {
            return OptionalInt.empty();
        }
        if (!value.canConvertToInt() || value.isFloatingPointNumber()) {
            throw new IllegalArgumentException(path + " is " + (value.isValueNode() ? "'" + value.asText() + "'"
                    : "a list or a section") + " in " + file + ", not a whole number: vary a field that counts "
                    + "something, such as ipcs[*].ports or agentGroups[0].agents");
        }
        return OptionalInt.of(value.asInt());
    }

    /**
     * Where {@code field} of variant {@code variant} of the scenario in {@code file} is set (the
     * scenario itself when it lists none), as an error-style location carrying {@code message}: the
     * override that set it, the variant's line that set it, or its line in the file.
     */
    public ScenarioError locate(Path file, List<FieldOverride> overrides, int variant, FieldPath field,
                                String message) {
        String text = read(file);
        try {
            SourceMap source = new SourceMap(yaml, text);
            Where where = new Where(file, source, overrides, FieldPath.root(), List.of());
            JsonNode variantsNode = mapper.readTree(text).path("variants");
            if (variantsNode.isArray() && !variantsNode.isEmpty()) {
                where = new Where(file, source, overrides, setAt(variant),
                        variantSpecs(variantsNode, where).get(variant).paths());
            }
            return where.error(field, message);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Like {@link #loadVariants}, from text. */
    public List<Variant> parseVariants(Path file, String text, List<FieldOverride> overrides) {
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
        if (!source.surprises().isEmpty()) {
            throw new ScenarioException(source.surprises().stream().map(x -> new ScenarioError(file, x.at().line(),
                    x.at().column(), x.field().toString(), x.message())).toList());
        }
        ObjectNode base = (ObjectNode) tree;
        JsonNode variantsNode = base.remove("variants");
        Where where = new Where(file, source, overrides, FieldPath.root(), List.of());
        // the overrides' own mistakes (a path naming no field) are told once, before any variant's
        ObjectNode overridden = changed(file, source, base, null, 0, overrides);
        checkOverriddenValues(file, source, base, overrides);
        if (variantsNode == null) {
            Scenario s = bind(overridden, where);
            return List.of(new Variant(s.name(), s));
        }
        List<VariantSpec> specs = variantSpecs(variantsNode, where);
        List<Variant> variants = new ArrayList<>();
        // an error each variant makes alike (a --set, or the file's own field) is one mistake: told once
        Map<ScenarioError, List<String>> errors = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            VariantSpec spec = specs.get(i);
            Where variantWhere = new Where(file, source, overrides, setAt(i), spec.paths());
            try {
                variants.add(new Variant(spec.name(), bind(changed(file, source, base, spec, i, overrides), variantWhere)));
            } catch (ScenarioException e) {
                e.errors().forEach(err -> errors.computeIfAbsent(err, k -> new ArrayList<>()).add(spec.name()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors.entrySet().stream().map(e -> inVariants(e.getKey(), e.getValue(),
                    specs.size())).toList());
        }
        return variants;
    }

    /** {@code err} as made by the variants {@code names} of {@code all}: named unless every one made it. */
    private static ScenarioError inVariants(ScenarioError err, List<String> names, int all) {
        if (names.size() == all) {
            return err;
        }
        return new ScenarioError(err.file(), err.line(), err.column(), err.field(),
                (names.size() == 1 ? "variant " : "variants ") + String.join(", ", names) + ": " + err.message());
    }

    /**
     * A copy of {@code base} with variant {@code index}'s fields set ({@code spec} null: no variant),
     * then the overrides: the command line has the last word, in every variant.
     */
    private ObjectNode changed(Path file, SourceMap source, ObjectNode base, VariantSpec spec, int index,
                               List<FieldOverride> overrides) {
        ObjectNode copy = base.deepCopy();
        if (spec != null) {
            for (int k = 0; k < spec.paths().size(); k++) {
                FieldPath at = setAt(index).field(spec.paths().get(k).toString());
                try {
                    apply(copy, spec.paths().get(k), spec.values().get(k), at.toString());
                } catch (ScenarioException e) {
                    // a variant's field that cannot be set is told at its line in the file
                    SourceMap.Location l = source.locate(at);
                    throw new ScenarioException(e.errors().stream().map(err -> new ScenarioError(file, l.line(),
                            l.column(), err.field(), err.message())).toList());
                }
            }
        }
        for (FieldOverride o : overrides) {
            apply(copy, o.path(), valueOf(o.value(), o.path(), o.shownAs()), o.shownAs());
        }
        return copy;
    }

    /** Where variant {@code index}'s fields are written: variants[index].set. */
    private static FieldPath setAt(int index) {
        return FieldPath.parse("variants").index(index).field("set");
    }

    /** A variant as written: its name and the fields it sets, in order. */
    private record VariantSpec(String name, List<FieldPath> paths, List<JsonNode> values) {
    }

    private static List<VariantSpec> variantSpecs(JsonNode node, Where where) {
        FieldPath at = FieldPath.parse("variants");
        if (!node.isArray() || node.isEmpty()) {
            throw new ScenarioException(List.of(where.error(at, "a list of variants, each with a name and the fields "
                    + "it sets, e.g. - {name: gvp, set: {routing.queuing: gvp}}")));
        }
        List<VariantSpec> specs = new ArrayList<>();
        List<ScenarioError> errors = new ArrayList<>();
        java.util.Set<String> names = new java.util.HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode v = node.get(i);
            FieldPath p = at.index(i);
            String name = v.path("name").asText("");
            if (name.isEmpty() || !names.add(name)) {
                errors.add(where.error(p.field("name"), name.isEmpty() ? "required: the variant's name"
                        : "'" + name + "' names another variant already"));
            } else if (!ScenarioCheck.isFolderName(name)) {
                errors.add(where.error(p.field("name"), ScenarioCheck.NAME_RULE + " (it names the variant's folder "
                        + "of trace files); was '" + ScenarioError.shown(name) + "'"));
            }
            JsonNode set = v.path("set");
            for (java.util.Iterator<String> it = v.fieldNames(); it.hasNext(); ) {
                String key = it.next();
                if (!key.equals("name") && !key.equals("set")) {
                    errors.add(where.error(p.field(key), "unknown field '" + key + "'; expected one of: name, set"));
                }
            }
            if (!set.isMissingNode() && !set.isObject()) {
                errors.add(where.error(p.field("set"), "a mapping of field paths to values, e.g. {ipcs[0].ports: 12}"));
                continue;
            }
            List<FieldPath> paths = new ArrayList<>();
            List<JsonNode> values = new ArrayList<>();
            for (java.util.Iterator<Map.Entry<String, JsonNode>> it = set.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                try {
                    paths.add(FieldPath.parse(e.getKey()));
                    values.add(e.getValue());
                } catch (IllegalArgumentException ex) {
                    errors.add(where.error(p.field("set").field(e.getKey()), ex.getMessage()));
                }
            }
            specs.add(new VariantSpec(name, paths, values));
        }
        if (!errors.isEmpty()) {
            throw new ScenarioException(errors);
        }
        return specs;
    }

    /**
     * A value in the file that a --set replaces is still checked: a slip in the file (ports: -5) would
     * otherwise surface only on the day the --set is left off. The file as written is bound alone, and its
     * problems at the fields the overrides replace are told at the file's line.
     */
    private void checkOverriddenValues(Path file, SourceMap source, ObjectNode base, List<FieldOverride> overrides) {
        if (overrides.isEmpty()) {
            return;
        }
        Where asWritten = new Where(file, source, List.of(), FieldPath.root(), List.of());
        List<ScenarioError> replaced = new ArrayList<>();
        try {
            bind(base.deepCopy(), asWritten);
        } catch (ScenarioException e) {
            for (ScenarioError err : e.errors()) {
                FieldPath field = err.field().isEmpty() ? FieldPath.root() : FieldPath.parse(err.field());
                overrides.stream().filter(o -> !field.segments().isEmpty() && field.startsWith(o.path())).findFirst()
                        .ifPresent(o -> replaced.add(new ScenarioError(err.file(), err.line(), err.column(), err.field(),
                                "the file's value, which " + o.shownAs() + " replaces: " + err.message())));
            }
        }
        if (!replaced.isEmpty()) {
            throw new ScenarioException(replaced);
        }
    }

    /** A list item left empty (a lone "-", or null) is a slip to show at its line, not a crash of the binding. */
    private static void nullItems(JsonNode node, FieldPath at, Where where, List<ScenarioError> errors) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                if (node.get(i).isNull()) {
                    errors.add(where.error(at.index(i), "an empty list item (a lone '-', or null): remove it or give "
                            + "its value"));
                } else {
                    nullItems(node.get(i), at.index(i), where, errors);
                }
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(e -> nullItems(e.getValue(), at.field(e.getKey()), where, errors));
        }
    }

    /**
     * Fields written for In-Front that it has no use for: they would run as something else than asked,
     * silently (guide ch.3: the Trunk Group DN's contact decides whether calls for GVP pass the Resource
     * Manager; GVP's IVR Server client runs In-Front; a transfer is a REFER, a bridge or a route on the
     * virtual switch, not an IVR Server single-step transfer). Read on the tree, where "written" is known.
     */
    private static List<ScenarioError> inFrontInapplicable(ObjectNode tree, Where where) {
        List<ScenarioError> errors = new ArrayList<>();
        if (!"in-front".equals(tree.path("mode").asText())) {
            return errors;
        }
        if (!tree.path("routing").path("useResourceManager").isMissingNode()) {
            errors.add(where.error(FieldPath.parse("routing.useResourceManager"), "does not apply in in-front mode: "
                    + "whether calls for GVP pass the Resource Manager is the contact of the Trunk Group DN (guide "
                    + "ch.3, \"Creating a Trunk Group DN\" step 5); remove it"));
        }
        JsonNode gvpMode = tree.path("ivrServer").path("gvpMode");
        if (!gvpMode.isMissingNode() && !"in-front".equals(gvpMode.asText())) {
            errors.add(where.error(FieldPath.parse("ivrServer.gvpMode"), "in in-front mode GVP's IVR Server client "
                    + "runs In-Front (guide ch.3, \"Configuring the IVR Server Client for the In-Front mode\"); was '"
                    + ScenarioError.shown(gvpMode.asText()) + "'"));
        }
        if ("ivr-server".equals(tree.path("routing").path("transferMethod").asText())) {
            errors.add(where.error(FieldPath.parse("routing.transferMethod"), "ivr-server does not apply in in-front "
                    + "mode: GVP reaches an agent by a REFER or a bridge to a Routing Point of SIP Server, or through a "
                    + "Routing Point of the virtual switch (guide ch.1, \"Call Delivery from GVP to an Agent\"); use "
                    + "refer or bridged"));
        }
        return errors;
    }

    /** A --set value read as YAML, as it would be in the file; one YAML would misread is refused. */
    private JsonNode valueOf(String text, FieldPath path, String shownAs) {
        if (text.isEmpty()) {
            return mapper.getNodeFactory().textNode("");
        }
        try {
            List<SourceMap.Surprise> surprises = new SourceMap(yaml, text).surprises();
            if (!surprises.isEmpty()) {
                FieldPath at = path;
                for (Object segment : surprises.get(0).field().segments()) {
                    at = segment instanceof Integer i ? at.index(i) : at.field((String) segment);
                }
                throw overrideError(shownAs, at, surprises.get(0).message());
            }
            return mapper.readTree(text);
        } catch (JsonProcessingException e) {
            return mapper.getNodeFactory().textNode(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the value of " + shownAs, e);
        }
    }

    private Scenario bind(ObjectNode tree, Where where) {
        List<ScenarioError> inapplicable = new ArrayList<>();
        nullItems(tree, FieldPath.root(), where, inapplicable);
        inapplicable.addAll(inFrontInapplicable(tree, where));
        if (!inapplicable.isEmpty()) {
            throw new ScenarioException(inapplicable);
        }
        CsvFields.read(tree, where.file(), where::error);
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

    /** Sets one field of the tree, creating mappings on the way; list items must exist; [*] is every item. */
    private void apply(ObjectNode root, FieldPath path, JsonNode value, String shownAs) {
        int every = path.segments().indexOf(FieldPath.EVERY);
        if (every >= 0) {
            FieldPath list = new FieldPath(path.segments().subList(0, every));
            JsonNode items = root.at(list.pointer());
            if (!items.isArray() || items.isEmpty()) {
                throw overrideError(shownAs, path, list + " is no list with items");
            }
            for (int i = 0; i < items.size(); i++) {
                List<Object> concrete = new ArrayList<>(path.segments());
                concrete.set(every, i);
                apply(root, new FieldPath(concrete), value, shownAs);
            }
            return;
        }
        List<Object> segments = path.segments();
        JsonNode node = root;
        for (int i = 0; i < segments.size(); i++) {
            Object seg = segments.get(i);
            boolean last = i == segments.size() - 1;
            if (seg instanceof String field) {
                if (!node.isObject()) {
                    throw overrideError(shownAs, path, "'" + field + "' is inside something that is not a mapping");
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
                    throw overrideError(shownAs, path, "there is no item [" + index + "] (the list has "
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

    private static ScenarioException overrideError(String shownAs, FieldPath path, String message) {
        return new ScenarioException(List.of(new ScenarioError(Path.of(shownAs), 0, 0, path.toString(), message)));
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

    /**
     * Turns a field path into a file location: the command-line override that set it, else the variant
     * entry that set it (written under {@code variantAt}), else the field in the file. A field the file
     * does not have, in a section an override or a variant brought in ({@code --set streamManager.ports=4}
     * on a scenario without one: its address is missing), is that setter's too.
     */
    private record Where(Path file, SourceMap source, List<FieldOverride> overrides, FieldPath variantAt,
                         List<FieldPath> variantPaths) {
        ScenarioError error(FieldPath field, String message) {
            // in the order of precedence: the overrides were applied last, then the variant's fields
            for (boolean within : new boolean[] {false, true}) {
                for (int i = overrides.size() - 1; i >= 0; i--) {
                    FieldOverride o = overrides.get(i);
                    if (within ? broughtIn(field, o.path()) : field.startsWith(o.path())) {
                        return new ScenarioError(Path.of(o.shownAs()), 0, 0, field.toString(), message);
                    }
                }
                for (int i = variantPaths.size() - 1; i >= 0; i--) {
                    FieldPath set = variantPaths.get(i);
                    if (within ? broughtIn(field, set) : field.startsWith(set)) {
                        SourceMap.Location l = source.locate(variantAt.field(set.toString()));
                        return new ScenarioError(file, l.line(), l.column(), field.toString(), message);
                    }
                }
            }
            // an override inside the field (its min, for a distribution refused whole) is named beside the file's line
            List<String> inside = field.segments().isEmpty() ? List.of() : overrides.stream()
                    .filter(o -> o.path().startsWith(field)).map(FieldOverride::shownAs).toList();
            SourceMap.Location l = source.locate(field);
            return new ScenarioError(file, l.line(), l.column(), field.toString(), message
                    + (inside.isEmpty() ? "" : " (as changed by " + String.join(", ", inside) + ")"));
        }

        /** Whether {@code set} lies in the first section on the way to {@code field} that the file lacks. */
        private boolean broughtIn(FieldPath field, FieldPath set) {
            int present = source.presentDepth(field);
            return present < field.segments().size()
                    && set.startsWith(new FieldPath(field.segments().subList(0, present + 1)));
        }
    }
}
