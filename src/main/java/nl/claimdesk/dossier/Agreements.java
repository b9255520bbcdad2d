package nl.claimdesk.dossier;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participation agreements. A campaign's current agreement is its newest version in effect; publishing a new
 * text makes a new version and never touches an old one, so every acceptance stays tied to what was accepted.
 */
@Component
class Agreements {

    private final JdbcClient jdbc;
    private final Clock clock;

    Agreements(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<AgreementVersion> current(CampaignId campaign) {
        return jdbc.sql("""
                        select id from agreement_version where campaign_id = ? and effective_from <= ?
                        order by version desc limit 1""")
                .params(campaign.value(), OffsetDateTime.now(clock))
                .query(UUID.class)
                .optional()
                .flatMap(this::version);
    }

    Optional<AgreementVersion> version(UUID id) {
        Map<Language, String> texts = new EnumMap<>(Language.class);
        jdbc.sql("select language, body from agreement_text where version_id = ?")
                .param(id)
                .query((rs, row) -> Map.entry(rs.getString("language"), rs.getString("body")))
                .list()
                .forEach(text ->
                        Language.fromCode(text.getKey()).ifPresent(language -> texts.put(language, text.getValue())));
        return jdbc.sql("select campaign_id, version, effective_from from agreement_version where id = ?")
                .param(id)
                .query((rs, row) -> new AgreementVersion(
                        id,
                        new CampaignId(rs.getObject("campaign_id", UUID.class)),
                        rs.getInt("version"),
                        rs.getObject("effective_from", OffsetDateTime.class),
                        Map.copyOf(texts)))
                .optional();
    }

    boolean exists(CampaignId campaign) {
        return jdbc.sql("select count(*) from agreement_version where campaign_id = ?")
                        .param(campaign.value())
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Publishes a new version with a text in every language, in effect from {@code effectiveFrom}. */
    @Transactional
    AgreementVersion publish(CampaignId campaign, Map<Language, String> texts, OffsetDateTime effectiveFrom) {
        for (Language language : Language.values()) {
            String text = texts.get(language);
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("the agreement needs a text in " + language.code());
            }
        }
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from agreement_version where campaign_id = ?")
                .param(campaign.value())
                .query(Integer.class)
                .single();
        UUID id = Ids.newId();
        jdbc.sql(
                        "insert into agreement_version (id, campaign_id, version, effective_from, created_at) values (?, ?, ?, ?, ?)")
                .params(id, campaign.value(), version, effectiveFrom, OffsetDateTime.now(clock))
                .update();
        for (Map.Entry<Language, String> text : texts.entrySet()) {
            jdbc.sql("insert into agreement_text (version_id, language, body) values (?, ?, ?)")
                    .params(id, text.getKey().code(), text.getValue())
                    .update();
        }
        return new AgreementVersion(id, campaign, version, effectiveFrom, Map.copyOf(texts));
    }

    List<Integer> versions(CampaignId campaign) {
        return jdbc.sql("select version from agreement_version where campaign_id = ? order by version")
                .param(campaign.value())
                .query(Integer.class)
                .list();
    }
}
