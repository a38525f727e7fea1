package ccsim.model.config;

import ccsim.core.random.Distribution;
import java.util.ArrayList;
import java.util.List;

/**
 * An agent group: {@code agents} agents on Extension DNs numbered from {@code firstDn}, serving the
 * calls of {@code dialedNumbers} and of the call types asking for one of its {@code skills}, with their
 * talk, after-call-work and answer times, on duty all day or as the {@code shifts} say (the first
 * shift takes the first agents, and so on), how often and how long they put a call on hold, how often
 * they transfer it onward, and how often they bring GVP back into it. With a {@code staffing} profile, the
 * number logged in follows it interval by interval, and {@code agents} (the phones) defaults to its peak.
 */
public record AgentGroupConfig(String name, Integer agents, String firstDn, List<String> dialedNumbers,
                               Distribution talkTime, Distribution afterCallWork, Distribution answerDelay,
                               List<ShiftConfig> shifts, List<String> skills, HoldConfig hold,
                               OnwardTransferConfig transferOnward, GvpConferenceConfig conferenceGvp,
                               StaffingConfig staffing) {

    /** A group on duty all day or by shifts, with no staffing profile. */
    public AgentGroupConfig(String name, Integer agents, String firstDn, List<String> dialedNumbers,
                            Distribution talkTime, Distribution afterCallWork, Distribution answerDelay,
                            List<ShiftConfig> shifts, List<String> skills, HoldConfig hold,
                            OnwardTransferConfig transferOnward, GvpConferenceConfig conferenceGvp) {
        this(name, agents, firstDn, dialedNumbers, talkTime, afterCallWork, answerDelay, shifts, skills, hold,
                transferOnward, conferenceGvp, null);
    }

    /** A group whose agents never bring GVP back into a call. */
    public AgentGroupConfig(String name, Integer agents, String firstDn, List<String> dialedNumbers,
                            Distribution talkTime, Distribution afterCallWork, Distribution answerDelay,
                            List<ShiftConfig> shifts, List<String> skills, HoldConfig hold,
                            OnwardTransferConfig transferOnward) {
        this(name, agents, firstDn, dialedNumbers, talkTime, afterCallWork, answerDelay, shifts, skills, hold,
                transferOnward, null);
    }

    /** A group whose agents transfer no call onward. */
    public AgentGroupConfig(String name, Integer agents, String firstDn, List<String> dialedNumbers,
                            Distribution talkTime, Distribution afterCallWork, Distribution answerDelay,
                            List<ShiftConfig> shifts, List<String> skills, HoldConfig hold) {
        this(name, agents, firstDn, dialedNumbers, talkTime, afterCallWork, answerDelay, shifts, skills, hold, null,
                null);
    }

    /** A group whose agents never put a call on hold. */
    public AgentGroupConfig(String name, Integer agents, String firstDn, List<String> dialedNumbers,
                            Distribution talkTime, Distribution afterCallWork, Distribution answerDelay,
                            List<ShiftConfig> shifts, List<String> skills) {
        this(name, agents, firstDn, dialedNumbers, talkTime, afterCallWork, answerDelay, shifts, skills, null);
    }

    /** A group on duty all day. */
    public AgentGroupConfig(String name, Integer agents, String firstDn, List<String> dialedNumbers,
                            Distribution talkTime, Distribution afterCallWork, Distribution answerDelay) {
        this(name, agents, firstDn, dialedNumbers, talkTime, afterCallWork, answerDelay, null);
    }

    /** A group without skills, serving the dialed numbers it lists. */
    public AgentGroupConfig(String name, Integer agents, String firstDn, List<String> dialedNumbers,
                            Distribution talkTime, Distribution afterCallWork, Distribution answerDelay,
                            List<ShiftConfig> shifts) {
        this(name, agents, firstDn, dialedNumbers, talkTime, afterCallWork, answerDelay, shifts, null);
    }

    /** Whether this group takes the calls of {@code type}: it lists the dialed number or has the skill. */
    public boolean serves(CallTypeConfig type) {
        return dialedNumbers.contains(type.dialedNumber()) || type.skill() != null && skills.contains(type.skill());
    }

    public AgentGroupConfig {
        agents = agents == null && staffing != null ? Integer.valueOf(staffing.peak()) : agents;
        shifts = shifts == null ? List.of() : List.copyOf(shifts);
        dialedNumbers = dialedNumbers == null ? List.of() : List.copyOf(dialedNumbers);
        skills = skills == null ? List.of() : List.copyOf(skills);
        afterCallWork = afterCallWork == null ? new Distribution.Constant(0) : afterCallWork;
        answerDelay = answerDelay == null ? new Distribution.Constant(0) : answerDelay;
    }

    /**
     * The on-duty periods of agent {@code k} of the group, in seconds: {0, infinity} all day without
     * shifts, nothing for an agent no shift takes.
     */
    public List<double[]> dutyOf(int k) {
        if (staffing != null) {
            // agent k is logged in through every run of intervals that staff more than k agents
            List<double[]> periods = new ArrayList<>();
            double length = RunSettings.seconds(staffing.interval());
            List<Integer> profile = staffing.agents();
            for (int j = 0; j < profile.size(); j++) {
                if (profile.get(j) > k) {
                    double from = j * length;
                    while (j + 1 < profile.size() && profile.get(j + 1) > k) {
                        j++;
                    }
                    // the last interval's agents stay until the calls end
                    periods.add(new double[] {from, j + 1 == profile.size() ? Double.POSITIVE_INFINITY
                            : (j + 1) * length});
                }
            }
            return periods;
        }
        if (shifts.isEmpty()) {
            return List.of(new double[] {0, Double.POSITIVE_INFINITY});
        }
        int first = 0;
        for (ShiftConfig shift : shifts) {
            if (k < first + shift.agents()) {
                List<double[]> periods = new ArrayList<>();
                double from = RunSettings.seconds(shift.start());
                for (BreakConfig b : shift.breaks()) {
                    double at = RunSettings.seconds(b.start());
                    periods.add(new double[] {from, at});
                    from = at + RunSettings.seconds(b.length());
                }
                periods.add(new double[] {from, RunSettings.seconds(shift.end())});
                return periods;
            }
            first += shift.agents();
        }
        return List.of();
    }
}
