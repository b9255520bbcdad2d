package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A child's date of birth written as a literal turns into an adult's some years later, and the test that used it then
 * fails (or, worse, tests something else). So a birth year in a test comes from the application's clock
 * ({@link Ages}). A literal one is allowed only for someone who was an adult already when this rule came in (born in
 * {@value #LAST_LITERAL_BIRTH_YEAR} or before): adulthood never wears off, so such a test means the same in any year.
 *
 * <p>Birth years are found where the tests type them: a {@code d-M-yyyy} string, three day/month/year strings in a
 * row, a year after a {@code birth...} field name, or a year on a line that speaks of a birth.
 */
class BirthYearLiteralsTest {

    static final int LAST_LITERAL_BIRTH_YEAR = 2007;

    private static final Path TEST_SOURCES = Path.of("src/test/java");

    private static final String YEAR = "((?:19|20)\\d{2})";

    private static final List<Pattern> BIRTH_YEARS = List.of(
            Pattern.compile("\"\\d{1,2}-\\d{1,2}-" + YEAR + "\""),
            Pattern.compile("\"\\d{1,2}\",\\s*\"\\d{1,2}\",\\s*\"" + YEAR + "\""),
            Pattern.compile("(?i)birth[\\w-]*\",\\s*\"" + YEAR + "\""),
            Pattern.compile("(?i)(?:birth|born|geboren)[^\\n]*?\\b" + YEAR + "\\b"));

    /** Comments, where a year explains rather than types a date: line comments and the lines of a block comment. */
    private static final Pattern COMMENTS = Pattern.compile("//[^\"\n]*$|^\\s*(?:/\\*|\\*).*$", Pattern.MULTILINE);

    /** Literal years that look like birth years but are not ages, each with the reason. */
    private static final Map<String, String> NOT_AGES = Map.of(
            "nl/claimdesk/registration/backoffice/ParticipantSearchTest.java:2026",
            "dates typed into the search's date filter, which checks their form, not an age",
            "nl/claimdesk/registration/backoffice/ParticipantExportTest.java:2026",
            "an impossible date typed into the export's date filter",
            "nl/claimdesk/browser/BackofficeJourneyTest.java:2026",
            "a date typed into a date filter of the back office",
            "nl/claimdesk/browser/BackofficeJourneyTest.java:2021",
            "the date of a document an editor publishes on the foundation page",
            "nl/claimdesk/registration/internal/classification/ClassificationQueryTest.java:2024",
            "the last year of use the table of facts tries; SQL and Java judge the same fixed facts, not today",
            "nl/claimdesk/registration/eligibility/UseYearsTest.java:2010",
            "the rule is judged against a fixed day the test passes in, never against the real date",
            "nl/claimdesk/payout/internal/allocation/AllocationSlicesTest.java:2026",
            "the last birthday of majority is computed for fixed days the test passes in, never for the real date");

    @Test
    void everyBirthYearOfSomeoneYoungerComesFromTheClock() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEST_SOURCES)) {
            files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.endsWith("BirthYearLiteralsTest.java"))
                    .forEach(file -> found.addAll(youngBirthYears(file)));
        }

        assertThat(found)
                .as(
                        "birth years of people born after %d, written as literals: use Ages with the application's clock",
                        LAST_LITERAL_BIRTH_YEAR)
                .isEmpty();
    }

    @Test
    void theScanFindsTheWaysTestsTypeABirthYear() {
        assertThat(youngBirthYears("child(\"Sem\", last, \"1-2-2012\", \"2019\", \"\")"))
                .containsExactly("2012");
        assertThat(youngBirthYears("funnel.registrant(\"Anna\", \"de Vries\", email, \"3\", \"4\", \"2015\");"))
                .containsExactly("2015");
        assertThat(youngBirthYears("\"child-0-birthYear\",\n        \"2013\",")).containsExactly("2013");
        assertThat(youngBirthYears("LocalDate born = LocalDate.of(2010, 6, 15);"))
                .containsExactly("2010");
        assertThat(youngBirthYears("funnel.registrant(\"Anna\", \"de Vries\", email, \"3\", \"4\", \"1985\");"))
                .as("an adult then is an adult for ever")
                .isEmpty();
        assertThat(youngBirthYears("child(\"Sem\", last, Ages.childBornYearsAgo(clock, 14), 7)"))
                .isEmpty();
        assertThat(youngBirthYears("    // a child born before 25 May 2018\n    /** born in 2012 */"))
                .as("comments")
                .isEmpty();
    }

    private static List<String> youngBirthYears(Path file) {
        String relative = TEST_SOURCES.relativize(file).toString().replace('\\', '/');
        try {
            return youngBirthYears(Files.readString(file)).stream()
                    .filter(year -> !NOT_AGES.containsKey(relative + ":" + year))
                    .map(year -> relative + ": " + year)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> youngBirthYears(String source) {
        String code = COMMENTS.matcher(source).replaceAll("");
        List<String> years = new ArrayList<>();
        for (Pattern pattern : BIRTH_YEARS) {
            Matcher matcher = pattern.matcher(code);
            while (matcher.find()) {
                String year = matcher.group(1);
                if (Integer.parseInt(year) > LAST_LITERAL_BIRTH_YEAR && !years.contains(year)) {
                    years.add(year);
                }
            }
        }
        return years;
    }
}
