package nl.claimdesk.registration.internal.registry;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.internal.keys.SearchKeys;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds the claimant each line of a registry's list is about, without guessing (docs/adr/0048): among the active
 * claimants of the campaign, the one whose last name (folded as the search folds it) and date of birth are the
 * line's, in a registration whose number and postcode are the line's where the line gives them. No such claimant, or
 * more than one, leaves the line unmatched with that reason; so does a line about a claimant or with a registry
 * reference that an earlier line already had.
 */
@Component
public class RegistryMatching {

    private final JdbcClient jdbc;

    RegistryMatching(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A line and the claimant it is about, or why it is about none (a message key). */
    public record Matched(
            RegistryList.Line line,
            @Nullable Claimant claimant,
            @Nullable String problem) {}

    /** A claimant a line matched. */
    public record Claimant(UUID registration, UUID id, String name, String registrationReference) {}

    public List<Matched> match(CampaignId campaign, List<RegistryList.Line> lines) {
        List<Matched> matched = new ArrayList<>();
        Set<UUID> claimantsSeen = new HashSet<>();
        Set<String> referencesSeen = new HashSet<>();
        for (RegistryList.Line line : lines) {
            RegistryList.Entry entry = line.entry();
            if (entry == null) {
                matched.add(new Matched(line, null, line.problem()));
                continue;
            }
            if (!referencesSeen.add(entry.registryReference())) {
                matched.add(new Matched(line, null, "registry.unmatched.twice"));
                continue;
            }
            List<Claimant> found = candidates(campaign, entry);
            if (found.isEmpty()) {
                matched.add(new Matched(line, null, "registry.unmatched.none"));
            } else if (found.size() > 1) {
                matched.add(new Matched(line, null, "registry.unmatched.ambiguous"));
            } else if (!claimantsSeen.add(found.getFirst().id())) {
                matched.add(new Matched(line, null, "registry.unmatched.twice"));
            } else {
                matched.add(new Matched(line, found.getFirst(), null));
            }
        }
        return matched;
    }

    private List<Claimant> candidates(CampaignId campaign, RegistryList.Entry entry) {
        String reference =
                entry.registrationReference().isEmpty() ? null : SearchKeys.reference(entry.registrationReference());
        String postcode = entry.postcode().isEmpty() ? null : SearchKeys.postcode(entry.postcode());
        return jdbc
                .sql("""
                        select c.registration_id, c.id, c.first_name, c.last_name, r.reference, r.postcode_key
                        from claimant c join registration r on r.id = c.registration_id
                        where r.campaign_id = :campaign and c.last_name_key = :lastName and c.date_of_birth = :born
                            and c.status in ('REGISTERED', 'UNDER_REVIEW')""")
                .param("campaign", campaign.value())
                .param("lastName", SearchKeys.name(entry.lastName()))
                .param("born", entry.dateOfBirth())
                .query((rs, row) -> (reference == null || reference.equals(rs.getString("reference")))
                                && (postcode == null || postcode.equals(rs.getString("postcode_key")))
                        ? new Claimant(
                                rs.getObject("registration_id", UUID.class),
                                rs.getObject("id", UUID.class),
                                rs.getString("first_name") + " " + rs.getString("last_name"),
                                rs.getString("reference"))
                        : null)
                .list()
                .stream()
                .filter(java.util.Objects::nonNull)
                .toList();
    }
}
