package ccsim.core.stats;

/**
 * A measure across replications: the mean and the half-width of its 95% Student-t confidence
 * interval (NaN with fewer than two replications).
 */
public record Estimate(String measure, String unit, double mean, double halfWidth, int replications) {

    public double lower() {
        return mean - halfWidth;
    }

    public double upper() {
        return mean + halfWidth;
    }

    public boolean covers(double value) {
        return value >= lower() && value <= upper();
    }
}
