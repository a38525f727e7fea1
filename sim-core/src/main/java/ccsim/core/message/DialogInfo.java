package ccsim.core.message;

/**
 * An RFC 4235 dialog-info NOTIFY body, reduced to what subscribers use: the DN ({@code entity})
 * whose dialog changed and its new state.
 */
public record DialogInfo(String entity, String state) implements SipBody {
    /** RFC 4235: an INVITE has been sent for a dialog of the entity. */
    public static final String TRYING = "trying";
    /** RFC 4235: the dialog has ended, or never came about. */
    public static final String TERMINATED = "terminated";
}
