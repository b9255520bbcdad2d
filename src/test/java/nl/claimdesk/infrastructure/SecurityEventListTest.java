package nl.claimdesk.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/security.md lists exactly the security events the application logs, so operators can alert on them. */
class SecurityEventListTest {

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9.-]+)` \\|", Pattern.MULTILINE);

    @Test
    void theDocumentListsEveryEventAndNoOther() throws Exception {
        String document = Files.readString(Path.of("docs/security.md"));
        String section = document.substring(document.indexOf("## Security events"));
        section = section.substring(0, nextHeading(section));
        Set<String> documented =
                ROW.matcher(section).results().map(row -> row.group(1)).collect(Collectors.toSet());

        assertThat(documented)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(SecurityEvent.values())
                        .map(SecurityEvent::eventName)
                        .toList());
    }

    private static int nextHeading(String section) {
        Matcher heading = Pattern.compile("^## ", Pattern.MULTILINE).matcher(section);
        return heading.find(1) ? heading.start() : section.length();
    }
}
