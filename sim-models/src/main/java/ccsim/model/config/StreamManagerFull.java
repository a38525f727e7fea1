package ccsim.model.config;

/**
 * What a strategy does with a caller queued on SIP Server when Stream Manager has no free port for the
 * treatment (it answers 503, and SIP Server reports EventTreatmentNotApplied). The guide does not say.
 */
public enum StreamManagerFull {
    /** The caller keeps its place in the queue without music, counted as a treatment refused (the default). */
    KEEP_WAITING,
    /** The strategy gives the call up: the caller is released, counted as blocked. */
    RELEASE
}
