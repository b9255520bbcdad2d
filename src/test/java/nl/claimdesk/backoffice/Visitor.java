package nl.claimdesk.backoffice;

import java.util.ArrayList;
import java.util.List;
import nl.claimdesk.shared.StaffRole;
import org.jspecify.annotations.Nullable;

/**
 * Who sends a request in the access matrix: nobody logged in, a participant logged in to Mijn dossier, or a staff
 * member with exactly one role. Every role of {@link StaffRole} is a visitor, so a role added later is tried too.
 */
record Visitor(String name, @Nullable StaffRole role) {

    static final Visitor ANONYMOUS = new Visitor("anonymous", null);
    static final Visitor PARTICIPANT = new Visitor("participant", null);

    static Visitor staff(StaffRole role) {
        return new Visitor(role.name(), role);
    }

    static List<Visitor> all() {
        List<Visitor> all = new ArrayList<>(List.of(ANONYMOUS, PARTICIPANT));
        for (StaffRole role : StaffRole.values()) {
            all.add(staff(role));
        }
        return List.copyOf(all);
    }

    @Override
    public String toString() {
        return name;
    }
}
