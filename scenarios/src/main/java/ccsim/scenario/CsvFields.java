package ccsim.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The scenario fields whose values come from CSV files, found relative to the scenario file: a call
 * type's forecast, a group's roster, an empirical distribution's observed values. Each is read into the
 * scenario's tree as if written inline, before the tree is bound; a mistake in a file names the file, its
 * line and its column.
 */
final class CsvFields {
    private CsvFields() {
    }

    /**
     * Each call type's {@code profile: {file: forecast.csv, column: billing}} and each agent group's
     * {@code staffing: {file: roster.csv, column: billing}} replaced by the interval and values the CSV file
     * holds (found relative to the scenario file); a mistake in the file names it, its line and its column.
     */
    static void read(ObjectNode tree, Path scenario, BiFunction<FieldPath, String, ScenarioError> error) {
        fromCsv(tree, "callTypes", "profile", "calls", scenario, error);
        fromCsv(tree, "agentGroups", "staffing", "agents", scenario, error);
        samplesFromCsv(tree, FieldPath.root(), scenario, error);
    }

    /**
     * In each item of the list {@code list}, a {@code field: {file: x.csv, column: c}} replaced by the interval
     * and the values ({@code values}: calls, or agents, which must be whole) the CSV file holds.
     */
    private static void fromCsv(ObjectNode tree, String list, String field, String values, Path scenario,
                                BiFunction<FieldPath, String, ScenarioError> error) {
        JsonNode items = tree.get(list);
        if (items == null || !items.isArray()) {
            return;
        }
        for (int i = 0; i < items.size(); i++) {
            JsonNode node = items.get(i).get(field);
            if (node == null || !node.isObject() || !node.has("file")) {
                continue;
            }
            FieldPath at = FieldPath.parse(list).index(i).field(field);
            ObjectNode p = (ObjectNode) node;
            if (p.has(values) || p.has("interval")) {
                throw new ScenarioException(List.of(error.apply(at, "comes from a file or is written inline (interval, "
                        + values + "), not both")));
            }
            java.util.Iterator<String> names = p.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!name.equals("file") && !name.equals("column")) {
                    throw new ScenarioException(List.of(error.apply(at.field(name), "unknown; from a file, give file: "
                            + "and, when the file has several columns, column:")));
                }
            }
            Path csv = scenario.toAbsolutePath().getParent().resolve(p.get("file").asText());
            Path shown = scenario.getParent() == null ? Path.of(p.get("file").asText())
                    : scenario.getParent().resolve(p.get("file").asText());
            ProfileCsv read;
            try {
                read = ProfileCsv.read(csv, p.has("column") ? p.get("column").asText() : null, values.equals("agents")
                        ? "the agents logged in during the interval" : "the offered calls of the interval");
            } catch (CsvException e) {
                throw new ScenarioException(List.of(new ScenarioError(shown, e.line(), e.column(),
                        at.field("file").toString(), e.getMessage())));
            }
            ObjectNode inline = p.objectNode();
            inline.put("interval", Durations.format(read.interval()));
            com.fasterxml.jackson.databind.node.ArrayNode array = inline.putArray(values);
            for (int k = 0; k < read.calls().size(); k++) {
                double v = read.calls().get(k);
                if (values.equals("agents")) {
                    if (v != Math.rint(v)) {
                        throw new ScenarioException(List.of(new ScenarioError(shown, 0, 0, at.field("file").toString(),
                                "interval " + (k + 1) + " staffs " + v + " agents: a roster counts whole agents")));
                    }
                    array.add((int) v);
                } else {
                    array.add(v);
                }
            }
            ((ObjectNode) items.get(i)).set(field, inline);
        }
    }

    /**
     * Every {@code {dist: empirical, file: calls.csv, column: talk_seconds}} replaced by the values the
     * column holds (seconds), the file found relative to the scenario file.
     */
    private static void samplesFromCsv(JsonNode node, FieldPath at, Path scenario,
                                       BiFunction<FieldPath, String, ScenarioError> error) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                samplesFromCsv(node.get(i), at.index(i), scenario, error);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode o = (ObjectNode) node;
        if ("empirical".equals(o.path("dist").asText()) && o.has("file")) {
            if (!o.has("column") || o.size() != 3) {
                throw new ScenarioException(List.of(error.apply(at, "empirical takes dist:, file: and column: (the "
                        + "observed values, in seconds), e.g. {dist: empirical, file: calls.csv, column: talk_seconds}")));
            }
            Path csv = scenario.toAbsolutePath().getParent().resolve(o.get("file").asText());
            double[] values;
            try {
                values = CsvTable.read(csv).numbers(o.get("column").asText(), "an observed value, in seconds");
            } catch (CsvException e) {
                Path shown = scenario.getParent() == null ? Path.of(o.get("file").asText())
                        : scenario.getParent().resolve(o.get("file").asText());
                throw new ScenarioException(List.of(new ScenarioError(shown, e.line(), e.column(),
                        at.field("file").toString(), e.getMessage())));
            }
            o.remove("file");
            o.remove("column");
            com.fasterxml.jackson.databind.node.ArrayNode array = o.putArray("values");
            for (double v : values) {
                array.add(v);
            }
            return;
        }
        java.util.Iterator<java.util.Map.Entry<String, JsonNode>> fields = o.fields();
        while (fields.hasNext()) {
            java.util.Map.Entry<String, JsonNode> f = fields.next();
            samplesFromCsv(f.getValue(), at.field(f.getKey()), scenario, error);
        }
    }
}
