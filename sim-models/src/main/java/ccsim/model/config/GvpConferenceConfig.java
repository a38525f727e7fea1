package ccsim.model.config;

import ccsim.core.random.Distribution;

/**
 * Agents bring GVP back into a share of their conversations (e.g. for a payment application) for the
 * {@code duration}: SIP Server does it through a Stream Manager conference and a re-INVITE to GVP (guide
 * ch.1 "Limitations for GVP 7.5 Only", which GVP 7.5 does not support).
 */
public record GvpConferenceConfig(Double probability, Distribution duration) {
}
