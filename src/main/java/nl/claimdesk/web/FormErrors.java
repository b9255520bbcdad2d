package nl.claimdesk.web;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * The problems with a submitted form, per field, in the order the fields appear. The page shows them twice, as the
 * GOV.UK pattern asks: in a summary at the top that links to each field, and next to the field itself.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
    }

    /**
     * The problems Bean Validation found with a bound form, in the order of the form's fields. A constraint's message
     * is a message key, looked up in {@code t} with the constraint's attributes (such as a maximum length) as its
     * arguments. A problem about a group of fields (a date of birth: {@code birth}) takes the place of the first field
     * whose name it starts (docs/adr/0034).
     */
    public static FormErrors of(BindingResult result, Texts t) {
        List<String> fields = fieldsOf(result.getTarget());
        FormErrors errors = none();
        result.getFieldErrors().stream()
                .sorted(Comparator.comparingInt(error -> position(fields, error.getField())))
                .forEach(error -> errors.add(error.getField(), message(error, t)));
        return errors;
    }

    private static List<String> fieldsOf(@Nullable Object form) {
        if (form == null || !form.getClass().isRecord()) {
            return List.of();
        }
        return Arrays.stream(form.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static int position(List<String> fields, String field) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).startsWith(field)) {
                return i;
            }
        }
        return fields.size();
    }

    private static String message(FieldError error, Texts t) {
        String key = error.getDefaultMessage();
        if (key == null) {
            throw new IllegalStateException("a constraint without a message key on " + error.getField());
        }
        Object[] arguments = error.getArguments() == null ? new Object[0] : error.getArguments();
        return t.get(
                key,
                Arrays.stream(arguments)
                        .filter(argument -> !(argument instanceof MessageSourceResolvable))
                        .toArray());
    }

    /** Adds the problems of {@code other} after these, keeping the first problem of each field. */
    public FormErrors addAll(FormErrors other) {
        other.byField.forEach(this::add);
        return this;
    }

    /** Records the first problem of {@code field}; a later one for the same field is ignored. */
    public FormErrors add(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public @Nullable String get(String field) {
        return byField.get(field);
    }

    /** The problems for the summary: the anchor of each field and its message. */
    public List<Link> summary() {
        List<Link> links = new ArrayList<>();
        byField.forEach((field, message) -> links.add(new Link(message, "#" + field)));
        return links;
    }
}
