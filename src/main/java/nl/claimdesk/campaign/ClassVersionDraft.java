package nl.claimdesk.campaign;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A class definition as written before it is published: in a campaign definition file, or drafted by an
 * administrator in the back office.
 *
 * @param registry how to opt out or in with the court's registry; none before the court has said
 */
public record ClassVersionDraft(
        LocalDate effectiveOn,
        CourtSource source,
        List<SubClass> subClasses,
        ClassCriteria criteria,
        @Nullable RegistryFiling registry) {

    public ClassVersionDraft(
            LocalDate effectiveOn, CourtSource source, List<SubClass> subClasses, ClassCriteria criteria) {
        this(effectiveOn, source, subClasses, criteria, null);
    }

    public ClassVersionDraft {
        subClasses = List.copyOf(subClasses);
        if (subClasses.isEmpty()) {
            throw new IllegalArgumentException("a class version needs at least one sub-class");
        }
        Set<String> codes = new HashSet<>();
        for (SubClass subClass : subClasses) {
            if (!codes.add(subClass.code())) {
                throw new IllegalArgumentException("sub-class " + subClass.code() + " appears twice");
            }
        }
    }
}
