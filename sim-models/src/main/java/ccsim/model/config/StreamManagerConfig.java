package ccsim.model.config;

/** Stream Manager: the port pool that plays treatments to callers queued on SIP Server. */
public record StreamManagerConfig(String address, Integer ports) {
}
