package ccsim.model.config;

import java.time.Duration;

/**
 * SIP Server's overload policy: once {@code queueLimit} messages wait for its workers, a new call's
 * INVITE is answered at once with 503 Service Unavailable and Retry-After {@code retryAfter} instead of
 * queueing (copies of an INVITE already admitted still queue).
 */
public record OverloadPolicyConfig(Integer queueLimit, Duration retryAfter) {

    public OverloadPolicyConfig {
        retryAfter = retryAfter == null ? Duration.ofSeconds(5) : retryAfter;
    }
}
