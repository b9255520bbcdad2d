package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.claimdesk.audit.Actor;
import nl.claimdesk.audit.AuditLog;
import nl.claimdesk.campaign.ClassDefinitions;
import nl.claimdesk.campaign.TestCampaign;
import nl.claimdesk.campaign.TestClassVersions;
import nl.claimdesk.dossier.TestAgreements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * On PostgreSQL the application connects as a role of its own (README: two database users): it may add to the audit
 * log, the agreement acceptances and the published class versions, but change, remove or empty none of them, nor
 * drop or disable the triggers that keep the first two append-only, because it owns no table and is no superuser.
 */
@IntegrationTest
@EnabledIfEnvironmentVariable(named = "DATABASE_URL", matches = "jdbc:postgresql:.*")
class ApplicationDatabaseRoleTest {

    @Autowired
    JdbcClient application;

    @Autowired
    AuditLog audit;

    @Autowired
    ApplicationContext context;

    @Autowired
    Environment environment;

    private String subject;
    private UUID acceptance;

    @BeforeEach
    void anEntryAndAnAcceptanceAddedByTheApplication() {
        subject = UUID.randomUUID().toString();
        audit.record(Actor.system("database-role-test"), null, "test.recorded", "test", subject, "as written");
        TestCampaign campaign = TestCampaign.create(context, "role");
        UUID version = TestAgreements.publish(context, campaign.id());
        acceptance = UUID.randomUUID();
        application
                .sql("""
                        insert into agreement_acceptance (id, version_id, campaign_id, registration_id, claimant_id,
                            account_id, language, text_sha256, accepted_at, time_zone, ip, user_agent, signer_name,
                            claimant_name, claimant_birth_date, on_behalf_of_child, authority_declared)
                        values (?, ?, ?, ?, ?, ?, 'nl', ?, ?, 'Europe/Amsterdam', '192.0.2.1', 'test', 'Signer',
                            'Claimant', date '2012-02-01', true, true)""")
                .params(
                        acceptance,
                        version,
                        campaign.id().value(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        UUID.randomUUID(),
                        "0".repeat(64),
                        OffsetDateTime.now())
                .update();
    }

    @Test
    void theApplicationRoleIsNeitherTheOwnerNorASuperuser() {
        String role = application.sql("select current_user").query(String.class).single();
        String owner = DatabaseOwner.jdbc(environment)
                .sql("select current_user")
                .query(String.class)
                .single();

        assertThat(role).isNotEqualTo(owner);
        assertThat(application
                        .sql("select rolsuper from pg_roles where rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(application
                        .sql(
                                "select tableowner from pg_tables where tablename in ('audit_entry', 'agreement_acceptance')")
                        .query(String.class)
                        .list())
                .containsOnly(owner);
    }

    @Test
    void theApplicationAddsButCannotChangeRemoveOrEmptyTheAuditLog() {
        List<Map<String, Object>> stored = rows("select * from audit_entry where subject_id = ?", subject);
        assertThat(stored).hasSize(1);

        assertRefused("update audit_entry set details = 'rewritten' where subject_id = ?", subject);
        assertRefused("delete from audit_entry where subject_id = ?", subject);
        assertRefused("truncate table audit_entry");
        assertRefused("drop trigger audit_entry_append_only on audit_entry");
        assertRefused("alter table audit_entry disable trigger audit_entry_append_only");
        assertRefused("drop table audit_entry");

        assertThat(rows("select * from audit_entry where subject_id = ?", subject))
                .isEqualTo(stored);
    }

    @Test
    void theApplicationAddsButCannotChangeRemoveOrEmptyTheAcceptances() {
        List<Map<String, Object>> stored = rows("select * from agreement_acceptance where id = ?", acceptance);
        assertThat(stored).hasSize(1);

        assertRefused("update agreement_acceptance set signer_name = 'Someone Else' where id = ?", acceptance);
        assertRefused("delete from agreement_acceptance where id = ?", acceptance);
        assertRefused("truncate table agreement_acceptance");
        assertRefused("drop trigger agreement_acceptance_append_only on agreement_acceptance");
        assertRefused("alter table agreement_acceptance disable trigger agreement_acceptance_append_only");
        assertRefused("drop function refuse_change() cascade");

        assertThat(rows("select * from agreement_acceptance where id = ?", acceptance))
                .isEqualTo(stored);
    }

    @Test
    void theApplicationAddsButCannotChangeOrRemoveAPublishedClassVersion() {
        TestCampaign campaign = TestCampaign.create(context, "roleclass");
        context.getBean(ClassDefinitions.class)
                .publish(campaign.id(), TestClassVersions.minorsAndAdultsInTheNetherlands());
        UUID id = campaign.id().value();

        assertRefused("update class_version set use_until = null where campaign_id = ?", id);
        assertRefused("delete from class_version where campaign_id = ?", id);
        assertRefused("update class_sub_class set representative = 'Someone Else' where campaign_id = ?", id);
        assertRefused("delete from class_residence where campaign_id = ?", id);
    }

    @Test
    void theApplicationCannotMakeTablesOfItsOwn() {
        assertRefused("create table application_made (id integer)");
    }

    private void assertRefused(String statement, Object... params) {
        assertThatThrownBy(() -> application.sql(statement).params(params).update())
                .as(statement)
                .isInstanceOf(DataAccessException.class)
                .satisfies(refused -> assertThat(sqlState(refused))
                        .as("insufficient privilege: %s", refused.getMessage())
                        .isEqualTo("42501"))
                .hasMessageNotContaining("append-only");
    }

    private static String sqlState(Throwable refused) {
        for (Throwable cause = refused; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                return sql.getSQLState();
            }
        }
        return null;
    }

    private List<Map<String, Object>> rows(String query, Object param) {
        return application.sql(query).param(param).query().listOfRows();
    }
}
