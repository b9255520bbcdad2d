package nl.claimdesk.browser.crawl;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * A form as a person sends it who filled in nothing: hidden fields as the page gave them, every field a person types
 * into empty, no box ticked and no choice made, sent with the form's main button.
 */
record EmptySubmission(List<String> fields, int fillable) {

    private static final Set<String> BUTTONS = Set.of("submit", "button", "image", "reset");
    private static final Set<String> CHOICES = Set.of("checkbox", "radio");

    static EmptySubmission of(FormElement form) {
        List<String> fields = new ArrayList<>();
        int fillable = 0;
        for (Element control : form.elements()) {
            String name = control.attr("name");
            String type = control.attr("type").toLowerCase(Locale.ROOT);
            if (control.tagName().equals("button") || control.hasAttr("disabled")) {
                continue;
            }
            if (control.tagName().equals("input") && type.equals("hidden")) {
                if (!name.isEmpty()) {
                    fields.addAll(List.of(name, control.val()));
                }
                continue;
            }
            if (control.tagName().equals("input") && BUTTONS.contains(type)) {
                continue;
            }
            fillable++;
            if (!name.isEmpty() && !(control.tagName().equals("input") && CHOICES.contains(type))) {
                fields.addAll(List.of(name, ""));
            }
        }
        mainButton(form).filter(button -> button.hasAttr("name")).ifPresent(button -> {
            fields.addAll(List.of(button.attr("name"), button.attr("value")));
        });
        return new EmptySubmission(List.copyOf(fields), fillable);
    }

    /** The button a person presses to send the form: the primary one when the form marks one, else the first. */
    private static java.util.Optional<Element> mainButton(FormElement form) {
        List<Element> buttons = form.select("button:not([type]), button[type=submit], input[type=submit]");
        return buttons.stream()
                .filter(button -> button.hasClass("button--primary"))
                .findFirst()
                .or(() -> buttons.stream().findFirst());
    }

    String[] asArray() {
        return fields.toArray(String[]::new);
    }
}
