package nl.claimdesk.web.backoffice;

import java.util.List;
import java.util.Set;
import nl.claimdesk.shared.StaffRole;

/**
 * A part of the back office, declared by the module that owns it: its place in the navigation and the routes only
 * the named roles may use. A back-office route that no section names is refused to everyone.
 *
 * @param titleKey message key of the navigation label
 * @param path where the navigation link goes
 * @param order position in the navigation, lowest first
 * @param roles who may use the section's routes
 * @param routes path patterns of the section ({@code /backoffice/participants/**}), any method
 */
public record BackofficeSection(String titleKey, String path, int order, Set<StaffRole> roles, List<String> routes) {

    public BackofficeSection {
        roles = Set.copyOf(roles);
        routes = List.copyOf(routes);
        if (roles.isEmpty() || routes.isEmpty()) {
            throw new IllegalArgumentException("A back-office section names at least one role and one route");
        }
    }
}
