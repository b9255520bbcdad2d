package nl.claimdesk.registration.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The back-office bench fills a million registrations in SQL, so it re-implements the application's name keys there
 * ({@code bench/backoffice/fill.sql}). Searches in the bench only measure the real thing if both give the same keys:
 * this runs the bench's own functions on PostgreSQL for every name the bench uses and for names with diacritics.
 */
@EnabledIfEnvironmentVariable(named = "DATABASE_URL", matches = "jdbc:postgresql:.*")
class BenchSearchKeysTest {

    private static final Path FILL = Path.of("bench/backoffice/fill.sql");
    private static final List<String> WITH_DIACRITICS = List.of(
            "Zoë de Vries",
            "  José   Núñez ",
            "Łukasz Wróbel",
            "Björn Ødegaard",
            "ØSTERGAARD",
            "Straße",
            "Ängelholm",
            "Dvořák",
            "Čapek",
            "Šimić",
            "Żaneta Kołodziej",
            "Erdős Pál",
            "Åsa Ærø",
            "ŁUCJA Đorđević",
            "Cœur Ħamrun",
            "YILDIZ Yıldız",
            "Müller-Lüdenscheidt",
            "Şahin Çelik",
            "Öztürk",
            "'t Hart",
            "IJzerman",
            "Chloé d'Aubigné");

    private static String fill;

    @BeforeAll
    static void readTheBench() throws Exception {
        fill = Files.readString(FILL);
    }

    @Test
    void theBenchsSearchKeysAreTheApplications() throws Exception {
        try (Connection db = connect()) {
            define(db, "fold");
            define(db, "spell");
            define(db, "search_key");
            for (String name : names()) {
                assertThat(call(db, "search_key", name)).as(name).isEqualTo(SearchKeys.name(name));
            }
        }
    }

    @Test
    void theBenchsIdentityKeysAreTheApplications() throws Exception {
        try (Connection db = connect()) {
            define(db, "fold");
            define(db, "spell");
            define(db, "normalise");
            for (String name : names()) {
                assertThat(call(db, "normalise", name)).as(name).isEqualTo(ClaimantIdentity.normalise(name));
            }
        }
    }

    /** Every name in the bench's name lists, and the names with diacritics. */
    private static List<String> names() {
        int start = fill.indexOf("insert into bench.names values");
        String lists = fill.substring(start, fill.indexOf(";\n", start));
        List<String> names = new ArrayList<>(WITH_DIACRITICS);
        Matcher quoted = Pattern.compile("'((?:[^']|'')*)'").matcher(lists);
        while (quoted.find()) {
            names.add(quoted.group(1).replace("''", "'"));
        }
        assertThat(names).as("the bench's names were found").hasSizeGreaterThan(WITH_DIACRITICS.size() + 100);
        return names;
    }

    /** Creates the bench's function as a temporary one of this connection. */
    private static void define(Connection db, String function) throws SQLException {
        Matcher definition = Pattern.compile("create function bench\\." + function + "\\(.*?\\n\\$\\$;", Pattern.DOTALL)
                .matcher(fill);
        assertThat(definition.find()).as(function + " in " + FILL).isTrue();
        try (PreparedStatement create = db.prepareStatement(definition.group().replace("bench.", "pg_temp."))) {
            create.execute();
        }
    }

    private static String call(Connection db, String function, String name) throws SQLException {
        try (PreparedStatement select = db.prepareStatement("select pg_temp." + function + "(?)")) {
            select.setString(1, name);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getString(1);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(
                System.getenv("DATABASE_URL"), System.getenv("DATABASE_USERNAME"), System.getenv("DATABASE_PASSWORD"));
    }
}
