package ccsim.core.queueing;

/**
 * The continuous-time Markov chain of a call's path through a port pool and an agent group, with every
 * time exponential: callers arrive at rate λ and take a port if one is free (else they are blocked at
 * entry); self-service ends at rate μs per caller; a share p of them then asks for an agent, who answers
 * at once if one is free, else the caller waits and gives up at rate θ; a conversation ends at rate μt,
 * and the agent takes the longest waiting caller. Whether a waiting caller keeps its port (queuing on GVP)
 * and whether a talking one does (a bridged transfer) decide what the ports limit. Its state is (callers
 * in self-service, callers waiting, agents talking); its stationary distribution is solved by Gauss-Seidel
 * sweeps until no probability moves by more than 1e-12 of the largest.
 *
 * <p>Erlang B (p = 0), Erlang C and A (ports in excess) are special cases, which the tests check.
 */
public record CallPathChain(double probabilityOfWaiting, double probabilityOfAbandoning, double blockingAtEntry,
                            double meanQueueLength) {

    /** The model: rates per second, ports and agents, and what a port is held for. */
    public record Parameters(double lambda, int ports, double muSelfService, double agentShare, int agents,
                             double muTalk, double theta, boolean portHeldWhileWaiting, boolean portHeldWhileTalking) {
    }

    /** Waiting room beyond which the chain is cut: far past where its probability vanishes (checked). */
    private static final int MAX_WAITING = 400;

    public static CallPathChain solve(Parameters q) {
        if (q.ports() < 1 || q.agents() < 1 || !(q.lambda() > 0) || !(q.muSelfService() > 0) || !(q.muTalk() > 0)
                || q.theta() < 0 || q.agentShare() < 0 || q.agentShare() > 1) {
            throw new IllegalArgumentException("need ports, agents >= 1, positive rates, θ >= 0, 0 <= p <= 1: " + q);
        }
        int c = q.ports();
        int n = q.agents();
        // waiting callers holding ports are at most c; otherwise the room is cut where even the busiest stream
        // of requests (every arrival asking for an agent) would fill it with probability below e^-36
        int wMax = q.portHeldWhileWaiting() ? c : waitingRoom(q);
        int sN = c + 1;
        int kN = n + 1;
        int wN = wMax + 1;
        double[] pi = new double[sN * wN * kN];
        pi[0] = 1;
        double[] out = new double[pi.length];
        for (int s = 0; s < sN; s++) {
            for (int w = 0; w < wN; w++) {
                for (int k = 0; k < kN; k++) {
                    int i = index(s, w, k, wN, kN);
                    if (!valid(q, s, w, k)) {
                        continue;
                    }
                    out[i] = leaving(q, s, w, k, wMax);
                }
            }
        }
        for (int sweep = 0; sweep < 200_000; sweep++) {
            double moved = 0;
            double largest = 0;
            for (int s = 0; s < sN; s++) {
                for (int w = 0; w < wN; w++) {
                    for (int k = 0; k < kN; k++) {
                        if (!valid(q, s, w, k) || (s == 0 && w == 0 && k == 0)) {
                            continue;
                        }
                        int i = index(s, w, k, wN, kN);
                        double in = inflow(q, pi, s, w, k, wMax, wN, kN);
                        double next = out[i] == 0 ? 0 : in / out[i];
                        moved = Math.max(moved, Math.abs(next - pi[i]));
                        largest = Math.max(largest, next);
                        pi[i] = next;
                    }
                }
            }
            if (sweep > 10 && moved <= 1e-12 * Math.max(1, largest)) {
                break;
            }
        }
        double total = 0;
        for (double p : pi) {
            total += p;
        }
        double requests = 0;
        double waited = 0;
        double blocked = 0;
        double queue = 0;
        double edge = 0;
        for (int s = 0; s < sN; s++) {
            for (int w = 0; w < wN; w++) {
                for (int k = 0; k < kN; k++) {
                    if (!valid(q, s, w, k)) {
                        continue;
                    }
                    double p = pi[index(s, w, k, wN, kN)] / total;
                    double asking = s * q.muSelfService() * q.agentShare();
                    requests += p * asking;
                    if (k == n) {
                        waited += p * asking;
                    }
                    if (!admits(q, s, w, k)) {
                        blocked += p;
                    }
                    queue += p * w;
                    if (w == wMax && !q.portHeldWhileWaiting()) {
                        edge += p;
                    }
                }
            }
        }
        if (edge > 1e-9) {
            throw new IllegalArgumentException("the queue does not settle within " + wMax + " waiting callers: "
                    + "no steady state to compare with");
        }
        return new CallPathChain(requests == 0 ? Double.NaN : waited / requests,
                requests == 0 ? Double.NaN : q.theta() * queue / requests, blocked, queue);
    }

    private static int waitingRoom(Parameters q) {
        double log = 0;
        double requests = q.lambda() * q.agentShare();
        for (int w = 1; w < MAX_WAITING; w++) {
            log += Math.log(requests / (q.agents() * q.muTalk() + w * q.theta()));
            if (log < -36 && requests < q.agents() * q.muTalk() + w * q.theta()) {
                return w;
            }
        }
        return MAX_WAITING;
    }

    private static int index(int s, int w, int k, int wN, int kN) {
        return (s * wN + w) * kN + k;
    }

    /** Ports held in a state: self-service, and waiting and talking callers where they keep theirs. */
    private static int portsHeld(Parameters q, int s, int w, int k) {
        return s + (q.portHeldWhileWaiting() ? w : 0) + (q.portHeldWhileTalking() ? k : 0);
    }

    private static boolean valid(Parameters q, int s, int w, int k) {
        // callers wait only while every agent talks
        return portsHeld(q, s, w, k) <= q.ports() && (w == 0 || k == q.agents());
    }

    private static boolean admits(Parameters q, int s, int w, int k) {
        return portsHeld(q, s, w, k) < q.ports();
    }

    /** The total rate out of a state. */
    private static double leaving(Parameters q, int s, int w, int k, int wMax) {
        double rate = 0;
        if (admits(q, s, w, k)) {
            rate += q.lambda();
        }
        double done = s * q.muSelfService();
        // a caller asking for an agent who must wait, with the room full, is not modelled as leaving the state
        boolean roomFull = k == q.agents() && w == wMax;
        rate += done * (1 - q.agentShare()) + (roomFull ? 0 : done * q.agentShare());
        rate += w * q.theta();
        // a conversation ends: the agent takes the next waiting caller (w - 1), or becomes free (k - 1)
        rate += k * q.muTalk();
        return rate;
    }

    /** The probability flowing into (s, w, k) per unit time. */
    private static double inflow(Parameters q, double[] pi, int s, int w, int k, int wMax, int wN, int kN) {
        double in = 0;
        int n = q.agents();
        // an arrival from (s - 1, w, k)
        if (s > 0 && valid(q, s - 1, w, k) && admits(q, s - 1, w, k)) {
            in += pi[index(s - 1, w, k, wN, kN)] * q.lambda();
        }
        if (s + 1 <= q.ports()) {
            double done = (s + 1) * q.muSelfService();
            // self-service over, no agent wanted: from (s + 1, w, k)
            if (valid(q, s + 1, w, k)) {
                in += pi[index(s + 1, w, k, wN, kN)] * done * (1 - q.agentShare());
            }
            // an agent wanted and free: from (s + 1, 0, k - 1), k - 1 < n
            if (w == 0 && k > 0 && valid(q, s + 1, 0, k - 1)) {
                in += pi[index(s + 1, 0, k - 1, wN, kN)] * done * q.agentShare();
            }
            // an agent wanted, none free: from (s + 1, w - 1, n)
            if (k == n && w > 0 && valid(q, s + 1, w - 1, n)) {
                in += pi[index(s + 1, w - 1, n, wN, kN)] * done * q.agentShare();
            }
        }
        // a waiting caller gives up: from (s, w + 1, k)
        if (w + 1 <= wMax && valid(q, s, w + 1, k)) {
            in += pi[index(s, w + 1, k, wN, kN)] * (w + 1) * q.theta();
        }
        // a conversation ends with callers waiting: from (s, w + 1, n), the next one is answered
        if (k == n && w + 1 <= wMax && valid(q, s, w + 1, n)) {
            in += pi[index(s, w + 1, n, wN, kN)] * n * q.muTalk();
        }
        // a conversation ends with nobody waiting: from (s, 0, k + 1)
        if (w == 0 && k + 1 <= n && valid(q, s, 0, k + 1)) {
            in += pi[index(s, 0, k + 1, wN, kN)] * (k + 1) * q.muTalk();
        }
        return in;
    }
}
