package nl.claimdesk.campaign;

import java.util.Map;
import java.util.regex.Pattern;
import nl.claimdesk.shared.Language;

/**
 * A part of the class with its own exclusive representative, e.g. the people who were minors during use. A claimant
 * belongs to the first sub-class, in the version's order, whose age condition their use meets.
 *
 * @param code stable name of the sub-class, stored with each claimant's status (upper case, e.g. {@code MINORS})
 * @param names the sub-class in plain words, by language code
 * @param representative the party the court appointed as exclusive representative of this sub-class
 */
public record SubClass(String code, Map<String, String> names, String representative, AgeDuringUse ageDuringUse) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

    public SubClass {
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("sub-class code must be upper-case letters, digits and _: " + code);
        }
        names = Map.copyOf(names);
    }

    public String name(Language language) {
        return names.getOrDefault(language.code(), code);
    }
}
