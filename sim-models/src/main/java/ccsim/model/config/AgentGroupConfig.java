package ccsim.model.config;

import ccsim.core.random.Distribution;
import java.util.List;

/**
 * An agent group: {@code agents} agents on Extension DNs numbered from {@code firstDn}, serving the
 * calls of {@code dialedNumbers}, with their talk, after-call-work and answer times.
 */
public record AgentGroupConfig(String name, Integer agents, String firstDn, List<String> dialedNumbers,
                               Distribution talkTime, Distribution afterCallWork, Distribution answerDelay) {

    public AgentGroupConfig {
        dialedNumbers = dialedNumbers == null ? List.of() : List.copyOf(dialedNumbers);
        afterCallWork = afterCallWork == null ? new Distribution.Constant(0) : afterCallWork;
        answerDelay = answerDelay == null ? new Distribution.Constant(0) : answerDelay;
    }
}
