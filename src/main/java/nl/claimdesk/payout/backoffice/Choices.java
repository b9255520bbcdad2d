package nl.claimdesk.payout.backoffice;

import java.util.List;
import nl.claimdesk.web.Choice;
import nl.claimdesk.web.Texts;

/** The options of a radio group whose labels are message keys: {@code prefix + value}. */
final class Choices {

    private Choices() {}

    static List<Choice> of(List<String> values, String prefix, String selected, Texts t) {
        return values.stream()
                .map(value -> new Choice(value, t.get(prefix + value), null, value.equals(selected)))
                .toList();
    }

    static List<String> names(Enum<?>[] values) {
        return List.of(values).stream().map(Enum::name).toList();
    }
}
