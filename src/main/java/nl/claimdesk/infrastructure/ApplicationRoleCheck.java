package nl.claimdesk.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Says at start-up, on PostgreSQL, when the application's database user could rewrite the audit log: a superuser, or
 * the owner of its table (one user for the migrations and the application), can drop the append-only trigger. Such
 * an installation works, but without its last line (README: two database users; docs/adr/0029).
 */
@Component
class ApplicationRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(ApplicationRoleCheck.class);

    private final JdbcClient jdbc;
    private final Environment environment;

    ApplicationRoleCheck(JdbcClient jdbc, Environment environment) {
        this.jdbc = jdbc;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnWhenTheAuditLogCanBeRewritten() {
        if (DatabaseMode.isPostgres(environment.getProperty("spring.datasource.url", ""))
                && mayRewriteTheAuditLog(jdbc)) {
            log.warn("The application's database user can drop the audit log's append-only trigger (it is a superuser"
                    + " or owns the tables). Give the application a role of its own: README, \"Two database users\".");
        }
    }

    static boolean mayRewriteTheAuditLog(JdbcClient jdbc) {
        return jdbc.sql("""
                        select r.rolsuper or pg_has_role(current_user, t.tableowner, 'MEMBER')
                        from pg_roles r, pg_tables t
                        where r.rolname = current_user and t.schemaname = current_schema() and t.tablename = 'audit_entry'""").query(Boolean.class).single();
    }
}
