package ccsim.core.message;

/**
 * An RFC 4235 dialog-info NOTIFY body, reduced to what subscribers use: the DN ({@code entity})
 * whose dialog changed, the dialog ({@code dialogId}, its Call-ID) and its new state. NOTIFYs travel
 * like any SIP request and may overtake one another; the dialog id lets a subscriber tell which state
 * is the last.
 */
public record DialogInfo(String entity, String state, long dialogId) implements SipBody {
    /** RFC 4235: an INVITE has been sent for a dialog of the entity. */
    public static final String TRYING = "trying";
    /** RFC 4235: the dialog has ended, or never came about. */
    public static final String TERMINATED = "terminated";
}
