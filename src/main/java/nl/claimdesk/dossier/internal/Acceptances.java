package nl.claimdesk.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.infrastructure.Pseudonyms;
import nl.claimdesk.shared.Language;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The acceptances of participation agreements. Only ever inserted; the database refuses updates and deletes. */
@Repository
public class Acceptances {

    /**
     * The signer's address is kept as evidence in the form of a keyed hash (ADR 27): it confirms an address put
     * forward later (by the signer, or by their provider) without storing the address itself.
     */
    public static final String IP_EVIDENCE = "acceptance-ip";

    private static final String SELECT = """
            select a.*, v.version from agreement_acceptance a join agreement_version v on v.id = a.version_id
            """;

    private final JdbcClient jdbc;
    private final Pseudonyms pseudonyms;

    Acceptances(JdbcClient jdbc, Pseudonyms pseudonyms) {
        this.jdbc = jdbc;
        this.pseudonyms = pseudonyms;
    }

    public void insert(Acceptance acceptance, CampaignId campaign) {
        jdbc.sql("""
                        insert into agreement_acceptance (id, version_id, campaign_id, registration_id, claimant_id,
                            account_id, language, text_sha256, accepted_at, time_zone, ip, user_agent, signer_name,
                            claimant_name, claimant_birth_date, on_behalf_of_child, authority_declared)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        acceptance.id(),
                        acceptance.versionId(),
                        campaign.value(),
                        acceptance.registrationId(),
                        acceptance.claimantId(),
                        acceptance.accountId(),
                        acceptance.language().code(),
                        acceptance.textSha256(),
                        acceptance.acceptedAt(),
                        acceptance.timeZone(),
                        pseudonyms.keyed(IP_EVIDENCE, acceptance.ip()),
                        acceptance.userAgent(),
                        acceptance.signerName(),
                        acceptance.claimantName(),
                        acceptance.claimantBirthDate(),
                        acceptance.onBehalfOfChild(),
                        acceptance.authorityDeclared())
                .update();
    }

    public List<Acceptance> ofRegistration(UUID registration) {
        return jdbc.sql(SELECT + " where a.registration_id = ? order by a.accepted_at")
                .param(registration)
                .query(Acceptances::acceptance)
                .list();
    }

    public List<Acceptance> ofAccount(UUID account) {
        return jdbc.sql(SELECT + " where a.account_id = ? order by a.accepted_at")
                .param(account)
                .query(Acceptances::acceptance)
                .list();
    }

    private static Acceptance acceptance(ResultSet rs, int row) throws SQLException {
        return new Acceptance(
                rs.getObject("id", UUID.class),
                rs.getObject("version_id", UUID.class),
                rs.getInt("version"),
                rs.getObject("registration_id", UUID.class),
                rs.getObject("claimant_id", UUID.class),
                rs.getObject("account_id", UUID.class),
                Language.fromCode(rs.getString("language")).orElse(Language.DEFAULT),
                rs.getString("text_sha256"),
                rs.getObject("accepted_at", OffsetDateTime.class),
                rs.getString("time_zone"),
                rs.getString("ip"),
                rs.getString("user_agent"),
                rs.getString("signer_name"),
                rs.getString("claimant_name"),
                rs.getObject("claimant_birth_date", LocalDate.class),
                rs.getBoolean("on_behalf_of_child"),
                rs.getBoolean("authority_declared"));
    }
}
