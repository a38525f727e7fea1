package ccsim.model.costs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ccsim.model.config.CostPeriod;
import ccsim.model.config.CostRate;
import ccsim.model.config.CostsConfig;
import org.junit.jupiter.api.Test;

/** A day's cost by hand: licences spread over the month's days, agents scheduled after shrinkage, minutes. */
class DayCostTest {
    @Test
    void aHandComputedDay() {
        // 365 / year over 12 months of 30 days = 1 a port-day; 20 + 10 ports
        CostsConfig costs = new CostsConfig("EUR", 30.0, new CostRate(360, CostPeriod.YEAR),
                new CostRate(60, CostPeriod.MONTH), new CostRate(25, CostPeriod.HOUR), null, 0.2, 0.01);
        // 12 agents logged in over a 10 h day of which 8 h are counted; 4,000 minutes and 400 calls counted
        DayCost d = new DayCost(costs, 20, 10, 12, 4_000, 400, 10, 8);
        assertEquals(20 * 1.0, d.ipcsPortCost(), 1e-12);
        assertEquals(10 * 2.0, d.streamManagerPortCost(), 1e-12);
        assertEquals(12 * 10 / 0.8 * 25, d.agentCost(), 1e-9);             // 150 agent-hours scheduled: 3,750
        assertEquals(4_000 * 10 / 8.0 * 0.01, d.trunkCost(), 1e-12);        // 5,000 minutes a day: 50
        assertEquals(20 + 20 + 3_750 + 50, d.total(), 1e-9);
        assertEquals(3_840 / 500.0, d.perCallHandled(), 1e-12);            // 500 calls a day
    }

    @Test
    void anFtePriceCoversItsHoursAndNoCallsHaveNoCostPerCall() {
        CostsConfig costs = new CostsConfig(null, null, null, null, new CostRate(4_800, CostPeriod.MONTH), 160.0,
                null, null);
        DayCost d = new DayCost(costs, 0, 0, 2, 0, 0, 8, 8);
        assertEquals(2 * 8 * 30.0, d.agentCost(), 1e-9);                    // 4,800 / 160 h = 30 an hour
        assertEquals("money", costs.currency());
        assertEquals(Double.NaN, d.perCallHandled());
    }
}
