package ccsim.core.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KvListTest {

    @Test
    void keepsThePairsInTheOrderGiven() {
        KvList l = KvList.of("ThisDN", "7001", "ANI", "5551234", "DNIS", "5000");
        assertEquals(List.of("ThisDN", "ANI", "DNIS"), List.copyOf(l.keySet()));
        assertEquals("{ThisDN=7001, ANI=5551234, DNIS=5000}", l.toString());
    }

    @Test
    void findsAKeyByItsTextNotOnlyByIdentity() {
        KvList l = KvList.of("ThisDN", "7001", "State", "Ready");
        String built = new StringBuilder("Sta").append("te").toString();
        assertEquals("Ready", l.get(built));
        assertTrue(l.containsKey(built));
        assertNull(l.get("OtherDN"));
        assertEquals("", l.getOrDefault("OtherDN", ""));
        assertFalse(l.containsKey(null));
    }

    @Test
    void isEqualToAnyMapOfTheSamePairs() {
        Map<String, String> m = new HashMap<>(Map.of("ThisDN", "7001", "State", "Ready"));
        KvList l = KvList.copyOf(m);
        assertEquals(m, l);
        assertEquals(l, m);
        assertEquals(m.hashCode(), l.hashCode());
        assertSame(l, KvList.copyOf(l));
        assertSame(KvList.EMPTY, KvList.copyOf(Map.of()));
    }

    @Test
    void refusesWhatMapOfRefuses() {
        assertThrows(NullPointerException.class, () -> KvList.of("ThisDN", null));
        assertThrows(NullPointerException.class, () -> KvList.of(null, "7001"));
        assertThrows(IllegalArgumentException.class, () -> KvList.of("ThisDN", "7001", "ThisDN", "7002"));
        assertThrows(UnsupportedOperationException.class, () -> KvList.of("ThisDN", "7001").put("ANI", "1"));
        assertThrows(UnsupportedOperationException.class, () -> KvList.of("ThisDN", "7001").clear());
    }
}
