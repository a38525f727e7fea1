package ccsim.scenario;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A value the scenario schema rejects, with a message meant for the planner who wrote it. */
final class FieldException extends JsonMappingException {
    FieldException(JsonParser p, String message) {
        super(p, message);
    }
}
