package nl.claimdesk.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** The details of an audit entry as JSON: what a change was before and after, or what was read. */
public final class AuditDetails {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private AuditDetails() {}

    public static String change(Map<String, ?> before, Map<String, ?> after) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("before", before);
        details.put("after", after);
        return JSON.writeValueAsString(details);
    }

    public static String of(Map<String, ?> values) {
        return JSON.writeValueAsString(values);
    }
}
