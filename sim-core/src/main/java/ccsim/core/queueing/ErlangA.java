package ccsim.core.queueing;

/**
 * The M/M/n+M (Erlang A, Palm) queue: Poisson arrivals at rate λ, n servers of exponential service
 * rate μ, and callers who abandon after an exponential patience of rate θ (θ = 0: Erlang C, which
 * needs λ < nμ). Computed exactly from the birth–death chain in log space, truncated where the
 * remaining probability is below 1e-15.
 */
public record ErlangA(double probabilityOfWaiting, double probabilityOfAbandoning, double meanQueueLength,
                      double meanWait) {

    public static ErlangA of(int servers, double lambda, double mu, double theta) {
        if (servers < 1 || !(lambda > 0) || !(mu > 0) || !(theta >= 0)) {
            throw new IllegalArgumentException("need servers >= 1, λ > 0, μ > 0, θ >= 0");
        }
        if (theta == 0 && lambda >= servers * mu) {
            throw new IllegalArgumentException("without abandonment the queue is unstable for λ >= nμ");
        }
        // log of the unnormalised stationary probability of k calls in system
        double logP = 0;
        double maxLog = 0;
        int limit = 1_000_000;
        double[] logs = new double[16];
        int k = 0;
        logs[0] = 0;
        while (true) {
            k++;
            double death = Math.min(k, servers) * mu + Math.max(k - servers, 0) * theta;
            logP += Math.log(lambda / death);
            if (k >= logs.length) {
                logs = java.util.Arrays.copyOf(logs, logs.length * 2);
            }
            logs[k] = logP;
            maxLog = Math.max(maxLog, logP);
            boolean decreasing = lambda < death;
            if ((k > servers && decreasing && logP < maxLog - 36) || k >= limit) {
                break;
            }
        }
        double total = 0;
        double waiting = 0;
        double queue = 0;
        for (int i = 0; i <= k; i++) {
            double p = Math.exp(logs[i] - maxLog);
            total += p;
            if (i >= servers) {
                waiting += p;
                queue += (i - servers) * p;
            }
        }
        double lq = queue / total;
        // Little's law on the queue: Lq = λ·E[W]; an abandoning caller leaves at rate θ (PASTA: P(wait) = P(k ≥ n))
        return new ErlangA(waiting / total, theta * lq / lambda, lq, lq / lambda);
    }
}
