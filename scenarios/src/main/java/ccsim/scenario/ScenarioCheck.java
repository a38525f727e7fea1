package ccsim.scenario;

import ccsim.core.message.SipUri;
import ccsim.core.network.Address;
import ccsim.model.config.CallTypeConfig;
import ccsim.model.config.DnConfig;
import ccsim.model.config.IpcsConfig;
import ccsim.model.config.LinkConfig;
import ccsim.model.config.Mode;
import ccsim.model.config.Scenario;
import ccsim.model.sip.SipServerOption;
import ccsim.model.sip.TrunkDirectory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The checks a scenario must pass before anything runs: a scenario that fails one could not run at
 * all, or would run something other than what its author meant. Each problem names its field.
 */
final class ScenarioCheck {
    /** A problem at a field. */
    record Problem(FieldPath field, String message) {
    }

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Set<Mode> MODELLED = Set.of(Mode.STAND_ALONE);

    private final List<Problem> problems = new ArrayList<>();

    private ScenarioCheck() {
    }

    static List<Problem> of(Scenario s) {
        ScenarioCheck c = new ScenarioCheck();
        c.check(s);
        return c.problems;
    }

    private void problem(FieldPath field, String message) {
        problems.add(new Problem(field, message));
    }

    private FieldPath at(String dotted) {
        return FieldPath.parse(dotted);
    }

    private void check(Scenario s) {
        if (s.name() == null || !NAME.matcher(s.name()).matches()) {
            problem(at("name"), "required: letters, digits, '.', '_' or '-' (it names the output folder)");
        }
        if (s.mode() == null) {
            problem(at("mode"), "required: one of stand-alone, behind, in-front");
        } else if (!MODELLED.contains(s.mode())) {
            problem(at("mode"), ScenarioModule.kebab(s.mode()) + " is not modelled by this version of ccsim; "
                    + "modelled: " + MODELLED.stream().map(ScenarioModule::kebab).collect(Collectors.joining(", ")));
        }
        checkRun(s);
        checkNetwork(s);
        checkAddress(at("gateway.address"), s.gateway().address());
        checkAddress(at("sipServer.address"), s.sipServer().address());
        checkOptions(at("sipServer.options"), s.sipServer().options(), true);
        checkDns(s.sipServer().dns());
        if (s.mode() == Mode.STAND_ALONE && s.resourceManager() == null) {
            problem(at("resourceManager"), "required in stand-alone mode: SIP Server sends every call to the "
                    + "Resource Manager (seed ch.4, Table 9)");
        } else if (s.resourceManager() != null) {
            checkAddress(at("resourceManager.address"), s.resourceManager().address());
        }
        checkIpcs(s.ipcs());
        checkCallTypes(s);
    }

    private void checkRun(Scenario s) {
        double horizon = s.run().horizonSeconds();
        if (!(horizon > 0)) {
            problem(at("run.horizon"), "must be longer than zero");
        }
        double warmUp = s.run().warmUpSeconds();
        if (warmUp < 0 || warmUp >= horizon) {
            problem(at("run.warmUp"), "must be at least zero and shorter than the horizon (" + s.run().horizon() + ")");
        }
        if (s.run().replications() < 1) {
            problem(at("run.replications"), "must be at least 1, was " + s.run().replications());
        }
    }

    private void checkNetwork(Scenario s) {
        List<LinkConfig> links = s.network().links();
        for (int i = 0; i < links.size(); i++) {
            FieldPath p = at("network.links").index(i);
            if (links.get(i).between() == null || links.get(i).and() == null) {
                problem(p, "a link needs 'between' and 'and' (two host names)");
            }
            if (links.get(i).latency() == null) {
                problem(p.field("latency"), "required");
            }
        }
    }

    private void checkAddress(FieldPath p, String address) {
        if (address == null) {
            problem(p, "required: host:port");
            return;
        }
        try {
            Address a = Address.parse(address);
            if (a.port() < 1 || a.port() > 65535) {
                problem(p, "port must be 1-65535, was " + a.port());
            }
        } catch (IllegalArgumentException e) {
            problem(p, e.getMessage());
        }
    }

    private void checkOptions(FieldPath p, Map<String, String> options, boolean application) {
        for (Map.Entry<String, String> o : options.entrySet()) {
            FieldPath field = p.field(o.getKey());
            Optional<SipServerOption> known = SipServerOption.byKey(o.getKey());
            if (known.isEmpty()) {
                problem(field, "unknown SIP Server option; known (Appendix B, Tables 9-10): "
                        + Arrays.stream(SipServerOption.values()).map(SipServerOption::key)
                        .collect(Collectors.joining(", ")));
            } else if (application ? !known.get().allowedOnApplication() : !known.get().allowedOnDn()) {
                problem(field, "is set on " + (application ? "a DN" : "the SIP Server Application")
                        + ", not " + (application ? "on the Application" : "on a DN") + " (Appendix B)");
            } else if (!known.get().accepts(o.getValue())) {
                problem(field, "'" + o.getValue() + "' is not valid; valid values (Appendix B): "
                        + String.join(", ", known.get().validValues()));
            }
        }
    }

    private void checkDns(List<DnConfig> dns) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < dns.size(); i++) {
            FieldPath p = at("sipServer.dns").index(i);
            DnConfig dn = dns.get(i);
            if (dn.name() == null || dn.name().isBlank()) {
                problem(p.field("name"), "required");
            } else if (!names.add(dn.name())) {
                problem(p.field("name"), "'" + dn.name() + "' is already the name of another DN");
            }
            if (dn.type() == null) {
                problem(p.field("type"), "required: trunk");
            }
            checkOptions(p.field("options"), dn.options(), false);
            String contact = dn.options().get(SipServerOption.CONTACT.key());
            if (contact != null) {
                try {
                    SipUri.parse(contact);
                } catch (IllegalArgumentException e) {
                    problem(p.field("options").field("contact"), e.getMessage());
                }
            }
            String prefix = dn.options().get(SipServerOption.PREFIX.key());
            if (prefix != null && !DIGITS.matcher(prefix).matches()) {
                problem(p.field("options").field("prefix"), "a DID prefix is digits, was '" + prefix + "'");
            }
            if (prefix != null && contact == null) {
                problem(p.field("options"), "a Trunk DN with a prefix needs a contact to send the calls to (Table 9)");
            }
        }
    }

    private void checkIpcs(List<IpcsConfig> ipcs) {
        if (ipcs.isEmpty()) {
            problem(at("ipcs"), "at least one IPCS is required");
        }
        Set<String> addresses = new HashSet<>();
        for (int i = 0; i < ipcs.size(); i++) {
            FieldPath p = at("ipcs").index(i);
            IpcsConfig c = ipcs.get(i);
            checkAddress(p.field("address"), c.address());
            if (c.address() != null) {
                String host = c.address().contains(":") ? c.address().substring(0, c.address().lastIndexOf(':'))
                        : c.address();
                if (!IPV4.matcher(host).matches()) {
                    problem(p.field("address"), "an IPCS is addressed by its IPv4 address, which names its Trunk DN "
                            + "(seed Table 10); was '" + host + "'");
                }
                if (!addresses.add(c.address())) {
                    problem(p.field("address"), "another IPCS already has " + c.address());
                }
            }
            if (c.ports() == null) {
                problem(p.field("ports"), "required: the IPCS's Max Channels");
            } else if (c.ports() < 1) {
                problem(p.field("ports"), "must be at least 1, was " + c.ports());
            }
        }
    }

    private void checkCallTypes(Scenario s) {
        List<CallTypeConfig> types = s.callTypes();
        if (types.isEmpty()) {
            problem(at("callTypes"), "at least one call type is required");
        }
        TrunkDirectory trunks = new TrunkDirectory(s.sipServer().dns());
        String prefixes = s.sipServer().dns().stream().map(d -> d.options().get(SipServerOption.PREFIX.key()))
                .filter(x -> x != null).collect(Collectors.joining(", "));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            FieldPath p = at("callTypes").index(i);
            CallTypeConfig t = types.get(i);
            if (t.name() == null || t.name().isBlank()) {
                problem(p.field("name"), "required");
            } else if (!names.add(t.name())) {
                problem(p.field("name"), "'" + t.name() + "' is already the name of another call type");
            }
            if (t.dialedNumber() == null || !DIGITS.matcher(t.dialedNumber()).matches()) {
                problem(p.field("dialedNumber"), "required: the digits callers dial (the DNIS)");
            } else if (s.mode() == Mode.STAND_ALONE && trunks.forDialedNumber(t.dialedNumber()).isEmpty()) {
                problem(p.field("dialedNumber"), t.dialedNumber() + " matches the prefix of no Trunk DN, so SIP "
                        + "Server could not route it (seed ch.4, Table 9); prefixes: "
                        + (prefixes.isEmpty() ? "none" : prefixes));
            }
            if (t.callsPerHour() == null) {
                problem(p.field("callsPerHour"), "required");
            } else if (!(t.callsPerHour() > 0) || t.callsPerHour().isInfinite()) {
                problem(p.field("callsPerHour"), "must be more than zero, was " + t.callsPerHour());
            }
            if (t.selfService() == null) {
                problem(p.field("selfService"), "required: the self-service time distribution");
            }
        }
    }
}
