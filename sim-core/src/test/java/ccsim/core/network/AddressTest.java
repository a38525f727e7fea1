package ccsim.core.network;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AddressTest {

    @Test
    void twoAddressesOfTheSameHostAndPortAreOne() {
        Address a = new Address("172.21.12.21", 5060);
        Address b = Address.parse("172.21.12.21:5060");
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, new Address("172.21.12.21", 5061));
        assertNotEquals(a, new Address("172.21.12.22", 5060));
    }

    @Test
    void itsTextIsHostColonPortMadeOnce() {
        Address a = new Address("techpubs4", 5090);
        assertEquals("techpubs4:5090", a.toString());
        assertSame(a.toString(), a.toString());
    }

    @Test
    void textWithoutAPortIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Address.parse("techpubs4"));
        assertThrows(IllegalArgumentException.class, () -> Address.parse("techpubs4:sip"));
        assertThrows(NullPointerException.class, () -> new Address(null, 5060));
    }
}
