package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The embedded H2 database of demo mode. The connection pool retires connections after a while, including the one
 * that ran the migrations; the schema it created must keep working from every other connection. (H2 2.4.240 kept
 * the creating session inside {@code IN (...)} check constraints, so every insert failed once that session closed.)
 */
class EmbeddedDatabaseTest {

    private static final String INSERT_CAMPAIGN = """
            insert into campaign (id, slug, status, defendant, position, use_reference_date, registrant_minimum_age,
                majority_age, claimant_minor_during_use, supporters_allowed, funder_fee_percentage, fee_plus_costs,
                fee_cap_percentage, fee_cap_includes_vat, no_cure_no_pay, content_revision, created_at)
            values (?, ?, ?, 'Defendant Inc.', 1, ?, 18, 18, true, true, 22, true, 25, true, true, 1, ?)""";

    @Test
    void checkConstraintsStillWorkAfterTheConnectionThatCreatedThemIsClosed() throws SQLException {
        String url = "jdbc:h2:mem:embedded-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        try (Connection keepsTheDatabaseOpen = DriverManager.getConnection(url, "sa", "")) {
            Flyway.configure()
                    .dataSource(url, "sa", "")
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();

            try (Connection other = DriverManager.getConnection(url, "sa", "")) {
                assertThatCode(() -> insertCampaign(other, "OPEN")).doesNotThrowAnyException();
                assertThatThrownBy(() -> insertCampaign(other, "UNHEARD_OF"))
                        .as("the constraint still refuses what it should")
                        .isInstanceOf(SQLException.class);
            }
        }
    }

    private static void insertCampaign(Connection connection, String status) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT_CAMPAIGN)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, "c-" + UUID.randomUUID());
            insert.setString(3, status);
            insert.setObject(4, LocalDate.of(2018, 5, 25));
            insert.setObject(5, OffsetDateTime.now());
            insert.executeUpdate();
        }
    }
}
