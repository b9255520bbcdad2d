package nl.claimdesk.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The problems with a submitted form, per field, in the order the fields appear. The page shows them twice, as the
 * GOV.UK pattern asks: in a summary at the top that links to each field, and next to the field itself.
 */
public final class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public static FormErrors none() {
        return new FormErrors();
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
