package ccsim.scenario;

import ccsim.model.config.CostPeriod;
import ccsim.model.config.CostRate;
import ccsim.core.random.Distribution;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** How scenario files spell durations, distributions and enum values. */
final class ScenarioModule extends SimpleModule {

    ScenarioModule(List<Class<? extends Enum<?>>> enums) {
        super("ccsim-scenario");
        addDeserializer(Duration.class, new DurationDeserializer());
        addDeserializer(Distribution.class, new DistributionDeserializer());
        addDeserializer(CostRate.class, new CostRateDeserializer());
        for (Class<? extends Enum<?>> e : enums) {
            register(e);
        }
    }

    private <E extends Enum<?>> void register(Class<? extends Enum<?>> type) {
        @SuppressWarnings("unchecked")
        Class<E> t = (Class<E>) type;
        addDeserializer(t, new KebabEnumDeserializer<>(t));
    }

    /** The spelling of an enum constant in a scenario file: STAND_ALONE is stand-alone. */
    static String kebab(Enum<?> e) {
        return Kebab.of(e);
    }

    private static final class DurationDeserializer extends JsonDeserializer<Duration> {
        @Override
        public Duration deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                throw new FieldException(p, "expected " + Durations.EXPECTED);
            }
            try {
                return Durations.parse(p.getValueAsString());
            } catch (IllegalArgumentException e) {
                throw new FieldException(p, e.getMessage());
            }
        }
    }

    /**
     * A distribution is a duration (a constant), or a mapping with {@code dist} and its parameters:
     * exponential (mean), lognormal (mean, sd), gamma (mean, sd), uniform (min, max), constant (value).
     */
    private static final class DistributionDeserializer extends JsonDeserializer<Distribution> {
        private static final String KINDS = "exponential, lognormal, gamma, weibull, uniform, constant, empirical";

        @Override
        public Distribution deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken().isScalarValue()) {
                return new Distribution.Constant(seconds(p, p.getValueAsString(), "value"));
            }
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FieldException(p, "expected a distribution: a duration, or a mapping with 'dist:'");
            }
            JsonNode node = ctxt.readTree(p);
            String kind = node.path("dist").asText("");
            if (kind.equals("empirical")) {
                return empirical(p, node);
            }
            List<String> params = switch (kind) {
                case "exponential" -> List.of("mean");
                case "lognormal", "gamma" -> List.of("mean", "sd");
                case "uniform" -> List.of("min", "max");
                case "constant" -> List.of("value");
                case "weibull" -> List.of("shape", "scale");
                default -> null;
            };
            if (params == null) {
                throw new FieldException(p, kind.isEmpty()
                        ? "a distribution needs 'dist:' (one of " + KINDS + ") or a constant duration"
                        : "'" + kind + "' is not a distribution; expected one of " + KINDS);
            }
            List<String> unknown = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!f.equals("dist") && !params.contains(f)) {
                    unknown.add(f);
                }
            }
            if (!unknown.isEmpty()) {
                throw new FieldException(p, "unknown parameter " + unknown + " for " + kind + "; expected " + params);
            }
            double[] v = new double[params.size()];
            for (int i = 0; i < v.length; i++) {
                JsonNode value = node.get(params.get(i));
                if (value == null) {
                    throw new FieldException(p, kind + " needs " + String.join(" and ", params) + "; '"
                            + params.get(i) + "' is missing");
                }
                // a Weibull's shape is a pure number; every other parameter is a duration
                v[i] = params.get(i).equals("shape") ? shape(p, value) : seconds(p, value.asText(), params.get(i));
            }
            try {
                return switch (kind) {
                    case "exponential" -> new Distribution.Exponential(v[0]);
                    case "lognormal" -> new Distribution.Lognormal(v[0], v[1]);
                    case "gamma" -> new Distribution.Gamma(v[0], v[1]);
                    case "uniform" -> new Distribution.Uniform(v[0], v[1]);
                    case "weibull" -> new Distribution.Weibull(v[0], v[1]);
                    default -> new Distribution.Constant(v[0]);
                };
            } catch (IllegalArgumentException e) {
                throw new FieldException(p, kind + ": " + e.getMessage());
            }
        }

        private static double shape(JsonParser p, JsonNode value) throws IOException {
            if (!value.isNumber()) {
                throw new FieldException(p, "weibull: shape is a number (1 is the exponential), was '" + value.asText()
                        + "'");
            }
            return value.asDouble();
        }

        /** {@code {dist: empirical, values: [...]}}: the values in seconds (a file: has been read into them). */
        private static Distribution empirical(JsonParser p, JsonNode node) throws IOException {
            JsonNode values = node.get("values");
            if (values == null || !values.isArray() || node.size() != 2) {
                throw new FieldException(p, "empirical needs file: (a CSV of observed values, in seconds) and "
                        + "column:, e.g. {dist: empirical, file: calls.csv, column: talk_seconds}");
            }
            double[] v = new double[values.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = seconds(p, values.get(i).asText(), "values[" + i + "]");
            }
            try {
                return new Distribution.Empirical(v);
            } catch (IllegalArgumentException e) {
                throw new FieldException(p, "empirical: " + e.getMessage());
            }
        }

        private static double seconds(JsonParser p, String text, String param) throws IOException {
            try {
                return Durations.seconds(text);
            } catch (IllegalArgumentException e) {
                throw new FieldException(p, param + ": expected " + Durations.EXPECTED);
            }
        }
    }

    /** Reads {@code stand-alone} as STAND_ALONE and lists the valid spellings when a value is wrong. */
    /** A price with what it is paid per, {@code {amount: 35, per: month}}; a bare number has no unit and is refused. */
    private static final class CostRateDeserializer extends JsonDeserializer<CostRate> {
        private static final String FORM = "a price and what it is paid per, e.g. {amount: 35, per: month} (per: hour, "
                + "day, month or year)";

        @Override
        public CostRate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw new FieldException(p, "a cost needs its unit: expected " + FORM);
            }
            JsonNode node = ctxt.readTree(p);
            List<String> unknown = new ArrayList<>();
            node.fieldNames().forEachRemaining(f -> {
                if (!f.equals("amount") && !f.equals("per")) {
                    unknown.add(f);
                }
            });
            if (!unknown.isEmpty()) {
                throw new FieldException(p, "unknown " + unknown + "; expected " + FORM);
            }
            JsonNode amount = node.get("amount");
            JsonNode per = node.get("per");
            if (amount == null || !amount.isNumber() || per == null) {
                throw new FieldException(p, (amount == null || !amount.isNumber() ? "a number for 'amount'"
                        : "'per' (the cost's unit)") + " is missing; expected " + FORM);
            }
            for (CostPeriod period : CostPeriod.values()) {
                if (kebab(period).equals(per.asText())) {
                    return new CostRate(amount.asDouble(), period);
                }
            }
            throw new FieldException(p, "per: '" + per.asText() + "' is no period; expected " + FORM);
        }
    }

    private static final class KebabEnumDeserializer<E extends Enum<?>> extends JsonDeserializer<E> {
        private final Class<E> type;

        KebabEnumDeserializer(Class<E> type) {
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            for (E e : type.getEnumConstants()) {
                if (kebab(e).equals(text)) {
                    return e;
                }
            }
            Set<String> valid = Arrays.stream(type.getEnumConstants()).map(ScenarioModule::kebab)
                    .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
            throw new FieldException(p, "expected one of: " + String.join(", ", valid));
        }
    }
}
