package nl.claimdesk.registration.internal.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.campaign.RegistryChoice;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.registration.internal.HistoryStore;
import nl.claimdesk.registration.internal.classification.ClaimantClassification;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what a claimant filed with the court's registry, as the registry reported it (docs/adr/0048): the choice
 * and the registry's reference on the claimant, a history entry, an audit entry, and the claimant's class status
 * evaluated again at once. It leaves the claimant's participation alone: an opt-out is not a withdrawal.
 */
@Component
public class RegistryChoices {

    private final JdbcClient jdbc;
    private final HistoryStore history;
    private final ClaimantClassification classification;
    private final AuditLog audit;
    private final Clock clock;

    RegistryChoices(
            JdbcClient jdbc, HistoryStore history, ClaimantClassification classification, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.history = history;
        this.classification = classification;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is on record for a claimant: the choice and the registry's reference. */
    public record Recorded(RegistryChoice choice, String reference) {}

    /** The choice on record for the claimant, if any. */
    public Optional<Recorded> of(UUID claimant) {
        return jdbc.sql("select registry_choice, registry_reference from claimant where id = ? and registry_choice"
                        + " is not null")
                .param(claimant)
                .query((rs, row) ->
                        new Recorded(RegistryChoice.valueOf(rs.getString(1)), String.valueOf(rs.getString(2))))
                .optional();
    }

    /**
     * Records {@code choice} for the claimant of {@code registration}; the same choice with the same reference again
     * changes nothing. Returns whether anything changed.
     */
    @Transactional
    public boolean record(UUID registration, UUID claimant, RegistryChoice choice, String reference, ChangedBy by) {
        @Nullable Recorded before = of(claimant).orElse(null);
        if (before != null && before.choice() == choice && before.reference().equals(reference)) {
            return false;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int updated = jdbc.sql("""
                        update claimant set registry_choice = :choice, registry_reference = :reference,
                            registry_recorded_at = :at
                        where id = :claimant and registration_id = :registration""")
                .param("choice", choice.name())
                .param("reference", reference)
                .param("at", now)
                .param("claimant", claimant)
                .param("registration", registration)
                .update();
        if (updated != 1) {
            throw new IllegalArgumentException("no claimant " + claimant + " in registration " + registration);
        }
        history.recordEvent(registration, claimant, "REGISTRY_" + choice.name(), by.historyActor(), reference, now);
        audit.recordPersonal(
                by.actor(),
                by.ip(),
                "claimant.registry-choice-recorded",
                "claimant",
                claimant,
                by.details(
                        ChangedBy.values(
                                "choice",
                                before == null ? null : before.choice(),
                                "reference",
                                before == null ? null : before.reference()),
                        ChangedBy.values("choice", choice, "reference", reference)));
        classification.classify(campaignOf(registration), registration);
        return true;
    }

    private CampaignId campaignOf(UUID registration) {
        return new CampaignId(jdbc.sql("select campaign_id from registration where id = ?")
                .param(registration)
                .query(UUID.class)
                .single());
    }
}
