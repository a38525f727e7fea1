package ccsim.model.config;

import java.time.Duration;

/**
 * RFC 3261 §17 transaction timers: over UDP a request unanswered after T1 is sent again, the interval
 * doubling (INVITE: Timer A, until Timer B = 64·T1; others: Timer E, capped at T2, until Timer F).
 * Defaults: UDP, T1 = 500 ms, T2 = 4 s.
 */
public record SipTimersConfig(SipTransport transport, Duration t1, Duration t2) {

    public SipTimersConfig {
        transport = transport == null ? SipTransport.UDP : transport;
        t1 = t1 == null ? Duration.ofMillis(500) : t1;
        t2 = t2 == null ? Duration.ofSeconds(4) : t2;
    }
}
