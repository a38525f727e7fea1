package ccsim.cli;

import static ccsim.cli.CommandLineRun.ccsim;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import tech.tablesaw.api.Table;

/**
 * The scenario fuzzing suite: each sample's YAML tree, mutated one to three times (a key deleted, an
 * item duplicated, a value retyped, made null, extreme or not finite, written in another base, an alias,
 * a malformed duration, address or URI, an empty or huge string or list, a hostile name), run with ccsim.
 * The contract for every case: exit 2 with a message naming the file and a line and nothing under --out,
 * or a run whose numbers are finite, ratios in 0..1, counts at least 0 and outcomes adding up to the calls
 * placed, in bounded time.
 *
 * <p>500 cases a build, from a fixed seed; {@code mvn -pl reports test -Dtest=FuzzScenariosTest
 * -Djqwik.tries.default=20000} runs more (README, Testing).
 */
class FuzzScenariosTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    /** The samples a case starts from: those whose horizon may be cut short (no forecast profile to cover). */
    private static final List<String> SAMPLES = List.of("standalone-sample", "behind-gvp-queuing",
            "behind-stream-manager-queuing", "behind-skills-overflow", "behind-asr-gvp75", "infront-sample",
            "what-if-gvp-vs-stream-manager", "ha-failover", "rm-failover");
    private static final Path WORK = tmpDir();
    /** Cases refused (exit 2) and cases run (exit 0): a suite that only ever saw one kind would prove little. */
    private static final java.util.concurrent.atomic.AtomicInteger REFUSED = new java.util.concurrent.atomic.AtomicInteger();
    private static final java.util.concurrent.atomic.AtomicInteger RAN = new java.util.concurrent.atomic.AtomicInteger();
    private static final ExecutorService RUNNER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz-case");
        t.setDaemon(true);
        return t;
    });

    private static Path tmpDir() {
        try {
            return Files.createTempDirectory("ccsim-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One mutation: its kind, where in the tree (a fraction of the nodes), and which value of the kind. */
    record Mutation(int kind, double where, int which) {
    }

    record Case(int sample, List<Mutation> mutations) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.integers().between(0, KINDS - 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 1000)).as(Mutation::new);
        return Combinators.combine(Arbitraries.integers().between(0, SAMPLES.size() - 1),
                mutation.list().ofMinSize(1).ofMaxSize(3)).as(Case::new);
    }

    @Property(seed = "20261207", shrinking = ShrinkingMode.OFF)
    void everyCaseIsRefusedWhereOrRunsToSaneNumbers(@ForAll("cases") Case c) throws Exception {
        String sample = SAMPLES.get(c.sample());
        ObjectNode tree = (ObjectNode) YAML.readTree(Path.of("..", "scenarios", sample + ".yaml").toFile());
        // the horizon cut short, so that a case that runs is over in a moment
        ((ObjectNode) tree.get("run")).put("horizon", "30m").put("warmUp", "0s").put("replications", 2)
                .remove("interval");
        List<String> raw = new ArrayList<>();
        for (Mutation m : c.mutations()) {
            mutate(tree, m, raw);
        }
        String text = YAML.writeValueAsString(tree);
        for (int i = 0; i < raw.size(); i++) {
            // a raw value is written as YAML text, unquoted: an alias, a number in another base
            text = text.replace("\"@@RAW" + i + "@@\"", raw.get(i)).replace("@@RAW" + i + "@@", raw.get(i));
        }
        Path dir = Files.createTempDirectory(WORK, "case");
        Path file = dir.resolve(sample + ".yaml");
        Files.writeString(file, text);
        Path out = dir.resolve("out");
        StringWriter o = new StringWriter();
        StringWriter err = new StringWriter();
        Future<Integer> run = RUNNER.submit(() -> ccsim(o, err, "run", file.toString(), "--out", out.toString(),
                "--threads", "1"));
        int code;
        try {
            code = run.get(60, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw new AssertionError("no answer within 60 s: " + c + "\n" + text);
        }
        String said = err.toString();
        String context = "\n" + c + "\n--- scenario ---\n" + text + "\n--- stderr ---\n" + said;
        if (said.contains("Exception") || said.contains("\tat ")) {
            throw new AssertionError("an exception reached the user" + context);
        }
        if (code == 2) {
            if (!said.contains(file.toString()) && !said.contains("--set")) {
                throw new AssertionError("the refusal names no file" + context);
            }
            if (!said.matches("(?s).*:\\d+:\\d+: line \\d+.*") && !said.contains(": larger than")) {
                throw new AssertionError("the refusal names no line" + context);
            }
            if (Files.exists(out)) {
                throw new AssertionError("a refusal wrote under --out" + context);
            }
            REFUSED.incrementAndGet();
        } else if (code == 0) {
            checkNumbers(out, context);
            RAN.incrementAndGet();
        } else {
            throw new AssertionError("exit code " + code + context);
        }
        deleteTree(dir);
    }

    /** Finite numbers, ratios in 0..1, counts at least 0, every call placed with exactly one outcome. */
    private static void checkNumbers(Path out, String context) {
        Table summary = Table.read().csv(out.resolve("summary.csv").toFile());
        Map<String, String> units = new java.util.HashMap<>();
        for (int r = 0; r < summary.rowCount(); r++) {
            String measure = summary.stringColumn("measure").get(r);
            String unit = summary.stringColumn("unit").get(r);
            units.put(measure, unit);
            if (summary.doubleColumn("mean").isMissing(r)) {
                continue;
            }
            double mean = summary.doubleColumn("mean").get(r);
            if (!Double.isFinite(mean)) {
                throw new AssertionError(measure + " = " + mean + context);
            }
        }
        Table reps = Table.read().csv(out.resolve("replications.csv").toFile());
        for (int r = 0; r < reps.rowCount(); r++) {
            double ended = 0;
            for (String name : reps.columnNames()) {
                String unit = units.get(name);
                if (unit == null || reps.column(name).isMissing(r)) {
                    continue;
                }
                double x = ((Number) reps.column(name).get(r)).doubleValue();
                if (!Double.isFinite(x) || unit.equals("ratio") && (x < 0 || x > 1)
                        || List.of("calls", "messages", "ports", "agents", "outages").contains(unit) && x < 0) {
                    throw new AssertionError(name + " = " + x + " in replication " + r + context);
                }
                if (List.of("calls served by IVR", "calls served by agent", "calls abandoned", "calls blocked",
                        "calls failed", "calls released by GVP").contains(name)) {
                    ended += x;
                }
            }
            double placed = ((Number) reps.column("offered calls").get(r)).doubleValue()
                    + ((Number) reps.column("redial attempts").get(r)).doubleValue();
            if (ended != placed) {
                throw new AssertionError(placed + " calls placed, " + ended + " ended, in replication " + r + context);
            }
        }
    }

    private static final int KINDS = 12;

    /** Applies mutation {@code m} to a node of {@code tree} chosen by {@code m.where()}. */
    private static void mutate(ObjectNode tree, Mutation m, List<String> raw) {
        List<Object[]> slots = new ArrayList<>();
        collect(tree, slots);
        Object[] slot = slots.get((int) Math.min(slots.size() - 1, m.where() * slots.size()));
        JsonNode parent = (JsonNode) slot[0];
        Object key = slot[1];
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode value = switch (m.kind()) {
            case 0 -> null; // delete
            case 1 -> f.nullNode();
            case 2 -> f.numberNode(EXTREMES[m.which() % EXTREMES.length]);
            case 3 -> f.textNode(rawValue(raw, RAW[m.which() % RAW.length]));
            case 4 -> f.textNode(DURATIONS[m.which() % DURATIONS.length]);
            case 5 -> f.textNode(ADDRESSES[m.which() % ADDRESSES.length]);
            case 6 -> f.textNode(m.which() % 2 == 0 ? "" : "x".repeat(5_000));
            case 7 -> f.textNode(NAMES[m.which() % NAMES.length]);
            case 8 -> f.booleanNode(m.which() % 2 == 0);
            case 9 -> {
                ArrayNode list = f.arrayNode();
                for (int i = 0; i < (m.which() % 2 == 0 ? 0 : 2_000); i++) {
                    list.add(i);
                }
                yield list;
            }
            case 10 -> f.objectNode().put("unexpected", m.which());
            default -> duplicate(parent, key);
        };
        set(parent, key, value, m.kind() == 0);
    }

    private static final double[] EXTREMES = {0, -1, 2147483647, 9.223372036854776E18, 1e308, -1e308, Double.NaN,
            Double.POSITIVE_INFINITY, 1e-300, 0.5, 1e9};
    private static final String[] RAW = {"010", "0x1F", "0b11", "*nm", "yes", "off", ".nan", "-.inf", "1_000", "08"};
    private static final String[] DURATIONS = {"10 parsecs", "-5s", "1e9h", "0s", "ms", "999999999d", "1.5.5s"};
    private static final String[] ADDRESSES = {"sip:", "host:99999", ":", "a:b:c", "sip:x@", "sip:1.2.3.4:0",
            "172.21.11.10", "sip:@:5060"};
    private static final String[] NAMES = {"../../x", "a/b", "..", " ", "CON", "x".repeat(300), "ümlaut", "-"};

    private static String rawValue(List<String> raw, String text) {
        raw.add(text);
        return "@@RAW" + (raw.size() - 1) + "@@";
    }

    /** Every place a value sits: (parent, field name or index). */
    private static void collect(JsonNode node, List<Object[]> slots) {
        if (node instanceof ObjectNode o) {
            o.fieldNames().forEachRemaining(k -> {
                slots.add(new Object[] {o, k});
                collect(o.get(k), slots);
            });
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                slots.add(new Object[] {a, i});
                collect(a.get(i), slots);
            }
        }
    }

    private static JsonNode duplicate(JsonNode parent, Object key) {
        if (parent instanceof ArrayNode a) {
            a.add(a.get((Integer) key).deepCopy());
        }
        return key instanceof Integer i ? parent.get(i) : parent.get((String) key);
    }

    private static void set(JsonNode parent, Object key, JsonNode value, boolean delete) {
        if (parent instanceof ObjectNode o) {
            if (delete) {
                o.remove((String) key);
            } else {
                o.set((String) key, value);
            }
        } else if (parent instanceof ArrayNode a) {
            if (delete) {
                a.remove((Integer) key);
            } else {
                a.set((Integer) key, value);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        RUNNER.shutdownNow();
        deleteTree(WORK);
        System.out.println("FuzzScenariosTest: " + REFUSED.get() + " cases refused, " + RAN.get() + " run");
        if (REFUSED.get() == 0 || RAN.get() == 0) {
            throw new AssertionError("the cases should both refuse and run: " + REFUSED.get() + " refused, " + RAN.get()
                    + " run");
        }
    }
}
