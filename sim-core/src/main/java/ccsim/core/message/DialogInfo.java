package ccsim.core.message;

/**
 * An RFC 4235 dialog-info NOTIFY body, reduced to what subscribers use: the DN ({@code entity})
 * whose dialog changed and its new state ("confirmed", "terminated").
 */
public record DialogInfo(String entity, String state) implements SipBody {
}
