package nl.claimdesk.registration.view;

import java.util.List;
import java.util.Map;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's class in the back office: the published versions, where the claimants stand now, the draft of a new
 * version (as typed), and the counts of a dry run when one was asked for.
 */
public record ClassPageView(
        String campaignName,
        String action,
        String exportHref,
        @Nullable String notice,
        List<Version> versions,
        List<Count> current,
        Map<String, String> values,
        Map<String, List<Choice>> selects,
        int subClassRows,
        FormErrors errors,
        @Nullable DryRun dryRun) {

    public String value(String name) {
        return values.getOrDefault(name, "");
    }

    public boolean checked(String name) {
        return "true".equals(values.get(name));
    }

    public List<Choice> choices(String name) {
        return selects.getOrDefault(name, List.of());
    }

    /** A published version: its number, a heading with its dates and whether it applies, source and criteria. */
    public record Version(int number, String heading, List<String> lines) {}

    /** How many claimants share an outcome, in words. */
    public record Count(String outcome, long claimants) {}

    /** What publishing the draft would do. */
    public record DryRun(List<Count> before, List<Count> after, long changed, long total) {}
}
