package ccsim.model.faults;

import ccsim.core.engine.Engine;
import ccsim.core.network.Endpoint;
import ccsim.core.random.Distribution;
import ccsim.core.stats.ReplicationResult;
import ccsim.model.CallPhase;
import ccsim.model.caller.LossLedger;
import ccsim.model.config.FaultConfig;
import ccsim.model.config.RunSettings;
import ccsim.model.sip.SipEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import umontreal.ssj.rng.RandomStream;

/**
 * Takes nodes down and back up as the scenario's faults say (guide ch.1 "High Availability"), and keeps
 * what each outage cost. SIP Server is cut off and resumes with its calls (its HA pair keeps them); the
 * Resource Manager, an IPCS and Stream Manager crash and restart knowing nothing. A node with a backup
 * that can take over is back after the failover time, any other after the repair time.
 */
public final class Outages {
    /** A node a fault can take down, and whether a backup serves its address after a failover. */
    public record Target(String name, SipEntity entity, boolean keepsState, boolean backedUp) {
    }

    private record Outage(int fault, double start, double end, int recoveryWatch) {
    }

    /** The nodes a backup may serve after a failover, in the order their failover times are drawn. */
    private static final List<String> FAILOVER_NODES = List.of(FaultConfig.SIP_SERVER, FaultConfig.RESOURCE_MANAGER);

    private final Engine engine;
    private final List<FaultConfig> faults;
    private final List<Target> targets;
    private final Map<String, Target> byName = new HashMap<>();
    private final Map<String, Distribution> failover;
    private final List<RandomStream> streams;
    private final LossLedger losses;
    private final double horizon;
    /** How long after an outage ends a call may still fail of it: a last Timer B, then a silent line. */
    private final double aftermath;
    private final Map<SipEntity, Object> downBy = new HashMap<>();
    private final List<Outage> outages = new ArrayList<>();

    /**
     * @param targets  every node a fault may name, by its scenario name (sip-server, ipcs[0], ...)
     * @param failover each backed-up node's failover time, by name
     * @param streams  one per fault, each drawing the same number of variates per strike (repair, then
     *                 a failover for every node a backup may serve, then the time to the next strike),
     *                 so that variants of a scenario see the same outages
     * @param aftermath how long after an outage its losses are counted
     */
    public Outages(Engine engine, List<FaultConfig> faults, List<Target> targets,
                   Map<String, Distribution> failover, List<RandomStream> streams, LossLedger losses,
                   double horizon, double aftermath) {
        this.engine = engine;
        this.faults = List.copyOf(faults);
        this.targets = List.copyOf(targets);
        targets.forEach(t -> byName.put(t.name(), t));
        this.failover = Map.copyOf(failover);
        this.streams = List.copyOf(streams);
        this.losses = losses;
        this.horizon = horizon;
        this.aftermath = aftermath;
    }

    /** Schedules every fault's first failure. */
    public void start() {
        for (int k = 0; k < faults.size(); k++) {
            int fault = k;
            FaultConfig f = faults.get(k);
            double first = f.at() != null ? RunSettings.seconds(f.at()) : f.every().sample(streams.get(k));
            if (first < horizon) {
                engine.schedule(first, () -> fail(fault));
            }
        }
    }

    /** The nodes a fault takes down: the one it names, or every node on its host. */
    private List<Target> struck(FaultConfig f) {
        if (f.host() == null) {
            Target t = byName.get(f.node());
            if (t == null) {
                throw new IllegalArgumentException("no node " + f.node() + " to fail");
            }
            return List.of(t);
        }
        return targets.stream().filter(t -> t.entity().address().host().equals(f.host())).toList();
    }

    private void fail(int fault) {
        FaultConfig f = faults.get(fault);
        RandomStream stream = streams.get(fault);
        double repair = f.downFor().sample(stream);
        Map<String, Double> failoverDraws = new HashMap<>();
        for (String node : FAILOVER_NODES) {
            failoverDraws.put(node, stream.nextDouble());
        }
        double untilNext = f.every() == null ? Double.NaN : f.every().sample(stream);
        double back = 0;
        Object occurrence = new Object();
        for (Target t : struck(f)) {
            if (downBy.containsKey(t.entity())) {
                continue;
            }
            downBy.put(t.entity(), occurrence);
            double downFor = t.backedUp() ? failover.get(t.name()).quantile(failoverDraws.get(t.name())) : repair;
            back = Math.max(back, downFor);
            if (t.keepsState()) {
                t.entity().endpoint().fail(Endpoint.Outage.ISOLATION);
            } else {
                t.entity().crash();
            }
            double since = engine.now();
            engine.schedule(downFor, () -> recover(t, occurrence, since));
        }
        double now = engine.now();
        outages.add(new Outage(fault, now, now + back, losses.watchRecovery(now)));
        if (f.every() != null) {
            double next = back + untilNext;
            if (now + next < horizon) {
                engine.schedule(next, () -> fail(fault));
            }
        }
    }

    private void recover(Target t, Object occurrence, double since) {
        if (downBy.get(t.entity()) != occurrence) {
            return;
        }
        downBy.remove(t.entity());
        if (t.keepsState()) {
            t.entity().reconnect(since);
        } else {
            t.entity().restart();
        }
    }

    /**
     * Per phase, the calls that failed in it; per fault of the scenario (named faults[k], the same in
     * every variant), its outages, how long the nodes were down in one (failover or repair), the calls
     * that failed during one or in its aftermath, and the mean time from a fault to the answer of the
     * first caller placed after it (the outage as callers saw it, including the wait for that caller).
     */
    public void measures(ReplicationResult.Builder b) {
        for (CallPhase p : CallPhase.values()) {
            b.add("calls failed in " + p.label(), "calls", losses.failedIn(p));
        }
        for (int k = 0; k < faults.size(); k++) {
            int fault = k;
            List<Outage> mine = outages.stream().filter(o -> o.fault() == fault).toList();
            long lost = 0;
            double recovery = 0;
            int recovered = 0;
            double down = 0;
            for (Outage o : mine) {
                down += o.end() - o.start();
                lost += losses.failedBetween(o.start(), o.end() + aftermath);
                double r = losses.recoveryTime(o.recoveryWatch());
                if (!Double.isNaN(r)) {
                    recovery += r;
                    recovered++;
                }
            }
            String name = "faults[" + k + "]";
            b.add("outages of " + name, "outages", mine.size());
            b.add("time down in " + name + " outages", "s", mine.isEmpty() ? Double.NaN : down / mine.size());
            b.add("calls lost to " + name + " outages", "calls", lost);
            b.add("time to recover from " + name + " outages", "s", recovered == 0 ? Double.NaN : recovery / recovered);
        }
    }
}
