package ccsim.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ccsim.core.experiment.Progress;
import ccsim.core.message.CtiMessage;
import ccsim.core.network.Delivery;
import ccsim.core.stats.ReplicationResult;
import ccsim.core.trace.CallTrace;
import ccsim.model.ContactCenter;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.config.Scenario;
import ccsim.model.cti.Cti;
import ccsim.scenario.ScenarioLoader;
import ccsim.scenario.ShippedScenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Each lint rule: the finding for a sample with one option changed, and, where the guide states a
 * consequence, that consequence in a short simulation of the same scenario.
 */
class LintTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private Scenario edited(String file, String from, String to) throws IOException {
        String text = Files.readString(Path.of(file));
        assertTrue(text.contains(from), file + " lacks " + from);
        return loader.parse(Path.of(file), text.replace(from, to), List.of());
    }

    private static Finding only(Scenario s, String option) {
        List<Finding> findings = Lint.of(s);
        assertEquals(1, findings.size(), findings.toString());
        assertEquals(option, findings.get(0).option());
        return findings.get(0);
    }

    /** Two hours of replication 0, the first two calls traced. */
    private static ReplicationResult run(Scenario s) {
        return ContactCenter.replicate(shortRun(s), 0, new Progress());
    }

    private static Scenario shortRun(Scenario s) {
        return s.withRun(new RunSettings(Duration.ofHours(2), Duration.ZERO, null, 1, s.run().seed(), null));
    }

    @Test
    void shippedScenariosFollowTheSeed() throws IOException {
        List<Path> files = ShippedScenarios.files();
        for (Path f : files) {
            List<String> options = Lint.of(loader.load(f)).stream().map(Finding::option).toList();
            // this sample shows what GVP 7.5 does to conferences and to bridged calls put on hold: its two findings
            assertEquals(f.endsWith("behind-asr-gvp75.yaml") ? List.of("gvpRelease", "gvpRelease") : List.of(), options,
                    f.toString());
        }
    }

    /** Table 2: the To user becomes the port's DN, which GVP In-Front takes as the DNIS and has no application for. */
    @Test
    void behindOverrideToOnDivertTrueLosesTheDnis() throws IOException {
        Scenario s = edited("behind-stream-manager-queuing.yaml", "override-to-on-divert: false",
                "override-to-on-divert: true");
        Finding f = only(s, "override-to-on-divert");
        assertEquals("sipServer.options.override-to-on-divert", f.where().toString());
        assertTrue(f.guide().startsWith("Table 2"), f.guide());
        assertTrue(f.simulated());
        ReplicationResult r = run(s);
        assertTrue(r.value("IPCS calls with no application for their DNIS") > 0);
        assertEquals(0, r.value("calls served by IVR"));
        assertEquals(0, run(loader.load(Path.of("behind-stream-manager-queuing.yaml")))
                .value("IPCS calls with no application for their DNIS"));
    }

    /** Table 2: without it SIP Server waits for the IPCS's 180 before reporting EventRinging. */
    @Test
    void behindEventRingingOn100TryingFalseReportsRingingLater() throws IOException {
        Scenario s = edited("behind-stream-manager-queuing.yaml", "    event-ringing-on-100trying: true\n",
                "    event-ringing-on-100trying: false\n");
        Finding f = only(s, "event-ringing-on-100trying");
        assertEquals("sipServer.options.event-ringing-on-100trying", f.where().toString());
        assertTrue(f.simulated());
        double lateBy = ringingDelay(s);
        double onTime = ringingDelay(loader.load(Path.of("behind-stream-manager-queuing.yaml")));
        // the sample's IPCS answers after 300-800 ms: that is how much later Stat Server hears of the call
        assertTrue(lateBy - onTime > 0.3, lateBy + " vs " + onTime);
    }

    /**
     * GVP Behind asks IVR Server for the DNIS as the call is established (ch.1, Behind step 9): with the
     * option false IVR Server learns of the call only from the IPCS's 180, so the 200 OK waits for that round
     * trip. Lint names it, and the post-dial delay of the same callers shows it.
     */
    @Test
    void behindEventRingingOn100TryingFalseDelaysGvpBehindsAnswer() throws IOException {
        String sample = Files.readString(Path.of("behind-stream-manager-queuing.yaml"));
        assertTrue(!sample.contains("\nivrServer:"), "the sample leaves IVR Server's section to its defaults");
        String text = sample + "\nivrServer:\n  gvpMode: behind\n";
        Scenario right = loader.parse(Path.of("x.yaml"), text, List.of());
        Scenario wrong = loader.parse(Path.of("x.yaml"), text.replace("    event-ringing-on-100trying: true\n",
                "    event-ringing-on-100trying: false\n"), List.of());
        Finding f = only(wrong, "event-ringing-on-100trying");
        assertTrue(f.consequence().contains("post-dial delay"), f.consequence());
        double late = run(wrong).value("post-dial delay");
        double onTime = run(right).value("post-dial delay");
        assertTrue(late - onTime > 0.001, "the 200 OK waits for IVR Server: " + late + " vs " + onTime);
        assertEquals(run(right).value("offered calls"), run(wrong).value("offered calls"), "the same callers");
    }

    /** Table 5: the option must be set on the Voice Treatment Port DNs too; on the Application alone it does nothing. */
    @Test
    void behindEventRingingOn100TryingMissingOnThePortsReportsRingingLater() throws IOException {
        String ports = "portOptions: {event-ringing-on-100trying: true, subscription-id: GVP}";
        String text = Files.readString(Path.of("behind-stream-manager-queuing.yaml"));
        Scenario s = loader.parse(Path.of("x.yaml"), text.replace(ports, "portOptions: {subscription-id: GVP}"), List.of());
        List<Finding> findings = Lint.of(s);
        assertEquals(List.of("ipcs[0].portOptions.event-ringing-on-100trying",
                "ipcs[1].portOptions.event-ringing-on-100trying"), findings.stream().map(f -> f.where().toString()).toList());
        assertTrue(findings.get(0).guide().startsWith("Table 5"));
        assertTrue(ringingDelay(s) - ringingDelay(loader.load(Path.of("behind-stream-manager-queuing.yaml"))) > 0.3);
    }

    /** Table 5: without subscription-id GVP on the ports the RM keeps naming an IPCS whose ports are all taken. */
    @Test
    void behindPortsWithoutSubscriptionIdMisleadTheResourceManager() throws IOException {
        String ports = "portOptions: {event-ringing-on-100trying: true, subscription-id: GVP}";
        String text = Files.readString(Path.of("behind-stream-manager-queuing.yaml"));
        int first = text.indexOf(ports);
        Scenario s = loader.parse(Path.of("x.yaml"), text.substring(0, first)
                + "portOptions: {event-ringing-on-100trying: true}" + text.substring(first + ports.length()), List.of());
        Finding f = only(s, "subscription-id");
        assertEquals("ipcs[0].portOptions.subscription-id", f.where().toString());
        String races = "Resource Manager state races (port taken before its NOTIFY)";
        Scenario busy = s.withCallTypes(List.of(withRate(s, 600)));
        assertTrue(run(busy).value(races) > 10, String.valueOf(run(busy).value(races)));
        Scenario right = loader.load(Path.of("behind-stream-manager-queuing.yaml"));
        assertTrue(run(right.withCallTypes(List.of(withRate(right, 600)))).value(races) < 10);
    }

    private static CallTypeConfig withRate(Scenario s, double callsPerHour) {
        CallTypeConfig t = s.callTypes().get(0);
        return new CallTypeConfig(t.name(), t.dialedNumber(), callsPerHour, null, t.selfService(),
                t.agentShare(), t.patience(), t.redial(), t.skill(), t.overflow());
    }

    /** From SIP Server's INVITE to the first IPCS to its EventRinging for the port, in the first call. */
    private static double ringingDelay(Scenario s) {
        CallTrace trace = new CallTrace(1);
        ContactCenter cc = ContactCenter.build(shortRun(s), 0, new Progress(), trace);
        cc.run(0);
        List<Delivery> call = trace.of(1);
        double invite = call.stream().filter(d -> d.message().label().equals("INVITE")
                && Set.of("172.21.11.15", "172.21.11.16").contains(d.to().host())).findFirst().orElseThrow().sentAt();
        double ringing = call.stream().filter(d -> d.message() instanceof CtiMessage m
                && m.name().equals(Cti.EVENT_RINGING)).findFirst().orElseThrow().sentAt();
        return ringing - invite;
    }

    /** Table 3: the guide's consequence concerns agents on another T-Server, which Behind mode has not: not simulated. */
    @Test
    void behindHandleVspOtherThanAllIsReportedOnly() throws IOException {
        Finding f = only(edited("behind-stream-manager-queuing.yaml", "handle-vsp: all", "handle-vsp: requests"),
                "handle-vsp");
        assertTrue(f.guide().startsWith("Table 3"), f.guide());
        assertFalse(f.simulated());
    }

    /** Table 1 step 4: with refer-enabled true the REFER goes on to the gateway, which places the transfer itself. */
    @Test
    void behindGatewayReferEnabledAddsAHop() throws IOException {
        Scenario s = edited("behind-stream-manager-queuing.yaml",
                "contact: \"sip:172.21.11.2:5060\", refer-enabled: false", "contact: \"sip:172.21.11.2:5060\", refer-enabled: true");
        Finding f = only(s, "refer-enabled");
        assertEquals("sipServer.dns[2].options.refer-enabled", f.where().toString());
        assertTrue(f.simulated());
        assertTrue(referHops(s) > 0, "SIP Server passes GVP's REFERs on to the gateway");
        assertEquals(0, referHops(loader.load(Path.of("behind-stream-manager-queuing.yaml"))));
    }

    private static long referHops(Scenario s) {
        CallTrace trace = new CallTrace(40);
        ContactCenter cc = ContactCenter.build(shortRun(s), 0, new Progress(), trace);
        cc.run(0);
        long n = 0;
        for (long call = 1; call <= 40; call++) {
            n += trace.of(call).stream().filter(d -> d.message().label().equals("REFER")
                    && d.to().host().equals("172.21.11.2")).count();
        }
        return n;
    }

    /** Appendix B: neither performed by SIP Server nor passed to the gateway, every REFER is rejected. */
    @Test
    void referWithBothOptionsFalseIsRejected() throws IOException {
        Scenario s = edited("behind-stream-manager-queuing.yaml", "sip-refer-to-sst-enabled: true",
                "sip-refer-to-sst-enabled: false");
        Finding f = only(s, "sip-refer-to-sst-enabled");
        assertTrue(f.simulated());
        assertTrue(f.consequence().contains("403"), f.consequence());
        ReplicationResult r = run(s);
        assertTrue(r.value("calls asking for an agent") > 0);
        assertEquals(0, r.value("calls served by agent"));
    }

    /** Table 9: a dialed number matched by a Trunk DN that is not the Resource Manager's goes elsewhere. */
    @Test
    void standAlonePrefixOfAnotherTrunk() throws IOException {
        Scenario s = edited("standalone-sample.yaml", "        contact: sip:172.21.11.15:5060\n        straight-forward: true",
                "        contact: sip:172.21.11.15:5060\n        prefix: \"2802\"\n        straight-forward: true");
        Finding f = only(s, "prefix");
        assertEquals("sipServer.dns[1].options.prefix", f.where().toString());
        // the payments calls (2802) go straight to the IPCS: the RM does not count their ports, sends calls to
        // an IPCS it believes free, and the IPCS refuses them; with the RM choosing for every call it never does
        assertTrue(run(s).value("IPCS refusals (every port busy)") > 0);
        assertEquals(0, run(loader.load(Path.of("standalone-sample.yaml"))).value("IPCS refusals (every port busy)"));
    }

    /** Appendix B straight-forward and the Tip: false on both Trunk DNs with a dummy IPCS contact sends calls nowhere. */
    @Test
    void standAloneStraightForwardFalseWithADummyContactFailsCalls() throws IOException {
        String text = Files.readString(Path.of("standalone-sample.yaml"));
        Scenario s = loader.parse(Path.of("standalone-sample.yaml"), text
                .replace("        contact: sip:techpubs4:5090\n        prefix: \"28\"\n        straight-forward: true",
                        "        contact: sip:techpubs4:5090\n        prefix: \"28\"\n        straight-forward: false")
                .replace("contact: sip:172.21.11.15:5060\n        straight-forward: true",
                        "contact: sip:10.0.0.99:5060\n        straight-forward: false"), List.of());
        Finding f = only(s, "contact");
        assertEquals("sipServer.dns[1].options.contact", f.where().toString());
        assertTrue(f.consequence().contains("Timer B"), f.consequence());
        ReplicationResult r = run(s);
        assertTrue(r.value("calls failed") > 0);
        assertEquals(0, r.value("calls served by IVR"));
    }

    /** Table 10: without subscription-id GVP the RM never hears of a busy port, and sends calls to a full IPCS. */
    @Test
    void standAloneWithoutSubscriptionIdBlindsTheResourceManager() throws IOException {
        Scenario s = edited("standalone-sample.yaml", "        subscription-id: GVP\n", "");
        Finding f = only(s, "subscription-id");
        assertTrue(f.guide().startsWith("Table 10"), f.guide());
        ReplicationResult blind = run(s);
        assertEquals(0, blind.value("Resource Manager refusals (no free port)"));
        assertTrue(blind.value("IPCS refusals (every port busy)") > 0);
        ReplicationResult right = run(loader.load(Path.of("standalone-sample.yaml")));
        assertTrue(right.value("Resource Manager refusals (no free port)") > 0);
        assertEquals(0, right.value("IPCS refusals (every port busy)"));
    }

    /**
     * ch.3: with match-call-once true a call transferred to and from GVP a second time is not matched on
     * the External Routing Point. Agents here send one caller in three back to GVP (Routing Point 4617).
     */
    @Test
    void inFrontMatchCallOnceTrueFailsSecondReturns() throws IOException {
        String back = "    answerDelay: {dist: uniform, min: 1s, max: 4s}\n";
        String sendBack = back + "    transferOnward: {probability: 0.3, consultation: 5s, routingPoint: \"4617\"}\n";
        String text = Files.readString(Path.of("infront-sample.yaml")).replace(back, sendBack);
        Scenario once = loader.parse(Path.of("x.yaml"), text.replace("match-call-once: false", "match-call-once: true"),
                List.of());
        Finding f = only(once, "match-call-once");
        assertEquals("sipServer.options.match-call-once", f.where().toString());
        assertTrue(f.simulated());
        String unmatched = "calls not matched on the External Routing Point";
        assertTrue(run(once).value(unmatched) > 0);
        assertEquals(0, run(loader.parse(Path.of("x.yaml"), text, List.of())).value(unmatched));
    }

    /** ch.3 Tip: with override-to-on-divert true GVP takes the Trunk Group DN as the DNIS. */
    @Test
    void inFrontOverrideToOnDivertTrueNeedsAnApplicationForTheTrunkGroup() throws IOException {
        Scenario s = edited("infront-sample.yaml", "override-to-on-divert: false", "override-to-on-divert: true");
        Finding f = only(s, "override-to-on-divert");
        assertTrue(f.consequence().contains("4618"), f.consequence());
        ReplicationResult r = run(s);
        assertTrue(r.value("IPCS calls with no application for their DNIS") > 0);
        assertEquals(0, r.value("calls served by IVR"));
    }

    /** ch.3 "Creating a Trunk Group DN" step 5: a contact where no GVP answers fails each call on Timer B. */
    @Test
    void inFrontTrunkGroupContactNowhereFailsCalls() throws IOException {
        Scenario s = edited("infront-sample.yaml", "options: {contact: \"sip:techpubs4:5090\"",
                "options: {contact: \"sip:10.0.0.99:5060\"");
        Finding f = only(s, "contact");
        assertEquals("sipServer.dns[1].options.contact", f.where().toString());
        ReplicationResult r = run(s);
        assertTrue(r.value("calls failed") > 0);
        assertEquals(0, r.value("calls served by IVR"));
    }

    /** ch.1, note on Behind steps 3 to 6: without the RM the strategy ignores capabilities, and speech calls fail. */
    @Test
    void capabilitiesWithoutTheResourceManagerFailCalls() throws IOException {
        Scenario s = edited("behind-asr-gvp75.yaml", "  useResourceManager: true", "  useResourceManager: false");
        Finding f = Lint.of(s).stream().filter(x -> x.option().equals("requires")).findFirst().orElseThrow();
        assertEquals("callTypes[1].requires", f.where().toString());
        assertTrue(f.simulated());
        assertTrue(run(s).value("capability failures speech") > 0);
        assertEquals(0, run(loader.load(Path.of("behind-asr-gvp75.yaml"))).value("capability failures speech"));
    }

    /** ch.1 "Limitations for GVP 7.5 Only": holds and transfers in bridged calls, and conference re-INVITEs. */
    @Test
    void gvp75LimitationsAreNamedAndCostCalls() throws IOException {
        Scenario old = loader.load(Path.of("behind-asr-gvp75.yaml"));
        List<Finding> findings = Lint.of(old);
        assertEquals(2, findings.size(), findings.toString());
        assertTrue(findings.get(0).requirement().contains("conferenceGvp"), findings.get(0).requirement());
        assertTrue(findings.get(1).requirement().contains("hold and transfer calls onward"),
                findings.get(1).requirement());
        ReplicationResult r = run(old);
        assertTrue(r.value("calls released by GVP") > 0);
        assertTrue(r.value("GVP conferences refused by GVP (re-INVITE)") > 0);

        Scenario current = edited("behind-asr-gvp75.yaml", "gvpRelease: \"7.5\"", "gvpRelease: \"7.6\"");
        assertEquals(List.of(), Lint.of(current));
        ReplicationResult c = run(current);
        assertEquals(0, c.value("calls released by GVP"));
        assertEquals(0, c.value("GVP conferences refused by GVP (re-INVITE)"));
        assertTrue(c.value("GVP conferences held") > 0);
    }

    /**
     * ch.1 "High Availability": the RM on SIP Server's host, backups asked for. Four hours of one
     * replication: the host's fault at 2 h then keeps both down for its repair, where on separate hosts
     * the backups take over within seconds.
     */
    @Test
    void highAvailabilityOnOneHostIsNamedAndLosesCalls() throws IOException {
        Scenario apart = loader.load(Path.of("ha-failover.yaml"));
        String text = Files.readString(Path.of("ha-failover.yaml"));
        Scenario together = loader.parse(Path.of("ha-failover.yaml"), text.replace("  address: techpubs4:5090",
                "  address: 172.21.11.10:5090").replace("{host: techpubs4,", "{host: 172.21.11.10,"), List.of());
        Finding f = only(together, "address");
        assertEquals("resourceManager.address", f.where().toString());
        assertTrue(f.guide().contains("High Availability"), f.guide());
        assertTrue(f.requirement().contains("172.21.11.10"), f.requirement());
        assertTrue(f.simulated());
        RunSettings fourHours = new RunSettings(Duration.ofHours(4), Duration.ZERO, null, 1, apart.run().seed(), null);
        double lostApart = ContactCenter.replicate(apart.withRun(fourHours), 0, new Progress()).value(
                "calls lost to faults[0] outages");
        double lostTogether = ContactCenter.replicate(together.withRun(fourHours), 0, new Progress()).value(
                "calls lost to faults[0] outages");
        assertEquals(0, lostApart, "on separate hosts the backup takes over before Timer B runs out");
        assertTrue(lostTogether > 20, "on one host the fault lasts its whole repair: " + lostTogether);
    }

    /**
     * Table 5's contact on a Voice Treatment Port DN is where SIP Server sends the port's calls: it used to
     * be ignored (the IPCS's address always). Set elsewhere, lint names it and the calls routed there fail.
     */
    @Test
    void aPortContactElsewhereThanItsIpcsSendsTheCallsNowhere() throws IOException {
        String options = "portOptions: {event-ringing-on-100trying: true, subscription-id: GVP}";
        String text = Files.readString(Path.of("behind-gvp-queuing.yaml"));
        int first = text.indexOf(options);
        Scenario s = loader.parse(Path.of("behind-gvp-queuing.yaml"), text.substring(0, first) + options.replace("GVP}",
                "GVP, contact: \"sip:10.9.9.9:5060\"}") + text.substring(first + options.length()), List.of());
        Finding f = only(s, "contact");
        assertTrue(f.consequence().contains("408"), f.consequence());
        ReplicationResult r = run(s);
        assertTrue(r.value("calls failed: 408 Request Timeout") > 0, "the consequence shows in the numbers");
    }
}
