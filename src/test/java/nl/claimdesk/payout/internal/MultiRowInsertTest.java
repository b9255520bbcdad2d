package nl.claimdesk.payout.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Rows go in a thousand to a statement, the last ones on flush, every value where it belongs; a row of the wrong
 * length is refused, and a broken key fails the statement as a single insert would.
 */
class MultiRowInsertTest {

    private final JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(
            "jdbc:h2:mem:multirow-" + System.nanoTime() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1"));

    @Test
    void rowsAreWrittenAThousandAtATimeAndTheRestOnFlush() {
        jdbc.execute("create table pair (id integer primary key, label varchar(20) not null)");
        MultiRowInsert pairs = new MultiRowInsert(jdbc, "pair", "id", "label");
        for (int i = 0; i < 2_501; i++) {
            pairs.add(i, "row " + i);
        }
        assertThat(count()).as("two full inserts written, 501 rows pending").isEqualTo(2_000);
        pairs.flush();
        pairs.flush();
        assertThat(count()).isEqualTo(2_501);
        assertThat(jdbc.queryForObject("select label from pair where id = 2500", String.class))
                .isEqualTo("row 2500");
        assertThat(jdbc.queryForObject("select count(*) from pair where label <> concat('row ', id)", Long.class))
                .isZero();

        assertThatThrownBy(() -> pairs.add(1)).isInstanceOf(IllegalArgumentException.class);
        pairs.add(2_501, "new");
        pairs.add(0, "again");
        assertThatThrownBy(pairs::flush).isInstanceOf(DuplicateKeyException.class);
        assertThat(count())
                .as("the failing statement wrote neither of its rows")
                .isEqualTo(2_501);
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from pair", Long.class);
    }
}
