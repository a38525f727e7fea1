package ccsim.core.random;

/**
 * The rate of a Poisson arrival process, constant or piecewise constant over equal intervals (a
 * forecast's calls per interval). The next arrival is found by inverting the cumulative rate, so each
 * arrival uses exactly one uniform whatever the rate (common random numbers across variants).
 */
public sealed interface ArrivalRate {

    /**
     * The time of the next arrival after {@code t}, given a unit-exponential draw {@code e}, or
     * infinity when there is none before the end of the rate's definition.
     */
    double next(double t, double e);

    /** The mean number of arrivals in [{@code from}, {@code to}). */
    double expected(double from, double to);

    /** A constant rate, in arrivals per second. */
    record Constant(double perSecond) implements ArrivalRate {
        public Constant {
            if (!(perSecond > 0) || Double.isInfinite(perSecond)) {
                throw new IllegalArgumentException("rate must be > 0, was " + perSecond);
            }
        }

        @Override
        public double next(double t, double e) {
            return t + e / perSecond;
        }

        @Override
        public double expected(double from, double to) {
            return perSecond * (to - from);
        }
    }

    /** Rate {@code perSecond[i]} in [i·interval, (i+1)·interval); nothing arrives after the last interval. */
    record Piecewise(double interval, double[] perSecond) implements ArrivalRate {
        public Piecewise {
            if (!(interval > 0) || perSecond.length == 0) {
                throw new IllegalArgumentException("a profile needs an interval > 0 and at least one rate");
            }
            for (double r : perSecond) {
                if (!(r >= 0) || Double.isInfinite(r)) {
                    throw new IllegalArgumentException("rates must be >= 0, one was " + r);
                }
            }
            perSecond = perSecond.clone();
        }

        @Override
        public double next(double t, double e) {
            double remaining = e;
            int i = (int) Math.floor(t / interval);
            double at = t;
            while (i < perSecond.length) {
                double end = (i + 1) * interval;
                double mass = perSecond[i] * (end - at);
                if (mass >= remaining && perSecond[i] > 0) {
                    return at + remaining / perSecond[i];
                }
                remaining -= mass;
                at = end;
                i++;
            }
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public double expected(double from, double to) {
            double sum = 0;
            for (int i = 0; i < perSecond.length; i++) {
                double lo = Math.max(from, i * interval);
                double hi = Math.min(to, (i + 1) * interval);
                if (hi > lo) {
                    sum += perSecond[i] * (hi - lo);
                }
            }
            return sum;
        }

        @Override
        public double[] perSecond() {
            return perSecond.clone();
        }
    }

    /** This rate scaled by {@code factor} (a day-level forecast error). */
    default ArrivalRate scaled(double factor) {
        if (this instanceof Constant c) {
            return new Constant(c.perSecond() * factor);
        }
        Piecewise p = (Piecewise) this;
        double[] r = p.perSecond();
        for (int i = 0; i < r.length; i++) {
            r[i] *= factor;
        }
        return new Piecewise(p.interval(), r);
    }
}
