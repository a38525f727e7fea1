package ccsim.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import umontreal.ssj.rng.MRG32k3a;

/**
 * Patience with 70% of the waits censored (answered first): exponential patience of mean 150 s, answers
 * after an exponential wait of mean 150·0.3/0.7 s, so that 70% are answered before they would give up.
 */
class PatienceTest {
    @Test
    void theCensoredEstimateCoversTheTruthWhereTheNaiveMeanIsFarOff() {
        double patienceMean = 150;
        double answerMean = patienceMean * 0.3 / 0.7;
        MRG32k3a stream = new MRG32k3a();
        stream.setSeed(new long[] {7, 7, 7, 7, 7, 7});
        int n = 4_000;
        double[] waits = new double[n];
        boolean[] abandoned = new boolean[n];
        for (int i = 0; i < n; i++) {
            double patience = -patienceMean * Math.log1p(-stream.nextDouble());
            double answer = -answerMean * Math.log1p(-stream.nextDouble());
            waits[i] = Math.min(patience, answer);
            abandoned[i] = patience < answer;
        }
        Patience p = Patience.of(waits, abandoned);
        assertEquals(0.7, (double) p.censored() / n, 0.03, "about 70% censored");
        assertTrue(p.meanLow() <= patienceMean && patienceMean <= p.meanHigh(),
                "the truth lies in the 95% interval " + p.meanLow() + " to " + p.meanHigh());
        // the naive mean of the abandons is the mean of min(patience, answer): 1/(1/150 + 1/64.3) = 45 s
        double naiveTruth = 1 / (1 / patienceMean + 1 / answerMean);
        assertEquals(naiveTruth, p.naiveMean(), 4, "the naive mean estimates the wrong thing");
        assertTrue(p.naiveMean() < p.meanLow() / 2, "and falls far short: " + p.naiveMean());
        assertEquals(1, p.weibullShape(), 0.1, "exponential patience: a Weibull shape near 1");
        // the Kaplan-Meier curve at the mean: e^-1 of callers still waiting
        double at = p.kaplanMeier().stream().filter(q -> q[0] <= patienceMean).reduce((a, b) -> b).orElseThrow()[1];
        assertEquals(Math.exp(-1), at, 0.05, "Kaplan-Meier at 150 s");
    }
}
