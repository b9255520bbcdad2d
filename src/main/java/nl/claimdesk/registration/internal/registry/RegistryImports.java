package nl.claimdesk.registration.internal.registry;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.registration.internal.ChangedBy;
import nl.claimdesk.shared.Ids;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A registry's list from upload to import (the table {@code registry_import}): stored as uploaded, previewed with
 * each line matched or not, and imported once, which records every matched line's choice ({@link RegistryChoices}).
 */
@Component
public class RegistryImports {

    private final JdbcClient jdbc;
    private final RegistryMatching matching;
    private final RegistryChoices choices;
    private final AuditLog audit;
    private final Clock clock;

    RegistryImports(JdbcClient jdbc, RegistryMatching matching, RegistryChoices choices, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.matching = matching;
        this.choices = choices;
        this.audit = audit;
        this.clock = clock;
    }

    /** An uploaded list; {@code importedAt} and {@code recorded} once imported. */
    public record Upload(
            UUID id,
            CampaignId campaign,
            String fileName,
            String content,
            OffsetDateTime uploadedAt,
            @Nullable OffsetDateTime importedAt,
            int recorded) {

        public boolean imported() {
            return importedAt != null;
        }
    }

    /** Keeps a list that {@link RegistryList#parse} read, and returns its id. */
    @Transactional
    public UUID store(CampaignId campaign, String fileName, String content, ChangedBy by) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into registry_import (id, campaign_id, file_name, content, uploaded_by, uploaded_at)
                        values (?, ?, ?, ?, ?, ?)""")
                .params(
                        id,
                        campaign.value(),
                        fileName,
                        content,
                        UUID.fromString(by.actor().id()),
                        OffsetDateTime.now(clock))
                .update();
        audit.record(
                by.actor(),
                by.ip(),
                "registry-list.uploaded",
                "campaign",
                campaign.value(),
                by.details(ChangedBy.values(), ChangedBy.values("list", id, "file", fileName)));
        return id;
    }

    public Optional<Upload> find(UUID id) {
        return jdbc.sql("select * from registry_import where id = ?")
                .param(id)
                .query((rs, row) -> new Upload(
                        id,
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        rs.getString("file_name"),
                        rs.getString("content"),
                        rs.getObject("uploaded_at", OffsetDateTime.class),
                        rs.getObject("imported_at", OffsetDateTime.class),
                        rs.getInt("recorded")))
                .optional();
    }

    /** Every line of the list, matched to a claimant or not, as it stands now. */
    public List<RegistryMatching.Matched> lines(Upload upload) {
        return matching.match(
                upload.campaign(), RegistryList.parse(upload.content()).lines());
    }

    /**
     * Records the choice of every matched line, once: a second import of the same list (a second click, another
     * node) changes nothing and returns nothing. Returns the lines as matched.
     */
    @Transactional
    public Optional<List<RegistryMatching.Matched>> importList(Upload upload, ChangedBy by) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        int claimed = jdbc.sql("update registry_import set imported_at = ? where id = ? and imported_at is null")
                .params(now, upload.id())
                .update();
        if (claimed != 1) {
            return Optional.empty();
        }
        List<RegistryMatching.Matched> lines = lines(upload);
        int recorded = 0;
        for (RegistryMatching.Matched line : lines) {
            RegistryMatching.Claimant claimant = line.claimant();
            RegistryList.Entry entry = line.line().entry();
            if (claimant != null && entry != null) {
                choices.record(claimant.registration(), claimant.id(), entry.choice(), entry.registryReference(), by);
                recorded++;
            }
        }
        jdbc.sql("update registry_import set recorded = ? where id = ?")
                .params(recorded, upload.id())
                .update();
        audit.record(
                by.actor(),
                by.ip(),
                "registry-list.imported",
                "campaign",
                upload.campaign().value(),
                by.details(
                        ChangedBy.values("list", upload.id()),
                        ChangedBy.values("recorded", recorded, "unmatched", lines.size() - recorded)));
        return Optional.of(lines);
    }
}
