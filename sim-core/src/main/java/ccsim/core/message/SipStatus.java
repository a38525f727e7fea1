package ccsim.core.message;

/** Status codes used by the models, with their RFC 3261 reason phrases. */
public final class SipStatus {
    public static final int TRYING = 100;
    public static final int RINGING = 180;
    public static final int OK = 200;
    public static final int ACCEPTED = 202;
    public static final int MOVED_TEMPORARILY = 302;
    public static final int FORBIDDEN = 403;
    public static final int NOT_FOUND = 404;
    public static final int REQUEST_TIMEOUT = 408;
    public static final int TEMPORARILY_UNAVAILABLE = 480;
    public static final int CALL_DOES_NOT_EXIST = 481;
    public static final int BUSY_HERE = 486;
    public static final int REQUEST_TERMINATED = 487;
    public static final int NOT_ACCEPTABLE_HERE = 488;
    public static final int SERVER_ERROR = 500;
    public static final int NOT_IMPLEMENTED = 501;
    public static final int SERVICE_UNAVAILABLE = 503;

    private SipStatus() {
    }

    public static String reason(int status) {
        return switch (status) {
            case TRYING -> "Trying";
            case RINGING -> "Ringing";
            case OK -> "OK";
            case ACCEPTED -> "Accepted";
            case MOVED_TEMPORARILY -> "Moved Temporarily";
            case FORBIDDEN -> "Forbidden";
            case NOT_FOUND -> "Not Found";
            case REQUEST_TIMEOUT -> "Request Timeout";
            case TEMPORARILY_UNAVAILABLE -> "Temporarily Unavailable";
            case CALL_DOES_NOT_EXIST -> "Call/Transaction Does Not Exist";
            case BUSY_HERE -> "Busy Here";
            case REQUEST_TERMINATED -> "Request Terminated";
            case NOT_ACCEPTABLE_HERE -> "Not Acceptable Here";
            case SERVER_ERROR -> "Server Internal Error";
            case NOT_IMPLEMENTED -> "Not Implemented";
            case SERVICE_UNAVAILABLE -> "Service Unavailable";
            default -> "Status " + status;
        };
    }
}
