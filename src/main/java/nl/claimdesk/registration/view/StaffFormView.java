package nl.claimdesk.registration.view;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.FormErrors;
import org.jspecify.annotations.Nullable;

/**
 * A back-office action on a participant's file: a heading, what the staff member should know, the fields of the
 * action, and the reason every action asks for.
 */
public record StaffFormView(
        String heading,
        String caption,
        List<String> intro,
        String action,
        String cancelHref,
        List<Field> fields,
        String reason,
        String submitLabel,
        FormErrors errors) {

    /** A field of the form, printed with the site's form patterns. */
    public sealed interface Field {}

    public record Text(
            String name,
            String label,
            String value,
            @Nullable String hint,
            String width) implements Field {}

    public record Date(
            String name,
            String legend,
            String day,
            String month,
            String year,
            @Nullable String hint) implements Field {}

    public record Select(String name, String label, List<Choice> choices) implements Field {}

    public record Radios(String name, String legend, List<Choice> choices) implements Field {}

    /** A value the form sends back unchanged, e.g. which way a toggle goes. */
    public record Hidden(String name, String value) implements Field {}
}
