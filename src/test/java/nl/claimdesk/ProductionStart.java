package nl.claimdesk;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/**
 * Starts the production configuration with every setting it requires, except those a test overrides, and returns why
 * it refused to start. The checks run before any bean is created, so the database named here is never reached.
 */
public final class ProductionStart {

    private static final List<String> COMPLETE = List.of(
            "--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/never-reached",
            "--spring.mail.host=smtp.example.org",
            "--claimdesk.staff.totp-keys=k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "--claimdesk.payout.bank.iban-keys=k1:MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "--claimdesk.privacy.pseudonym-key=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "--server.port=0",
            "--management.server.port=0");

    private ProductionStart() {}

    /** @param overrides {@code --name=value} arguments that replace the complete configuration's */
    public static Throwable refusal(String... overrides) {
        List<String> arguments = new ArrayList<>(List.of(overrides));
        for (String setting : COMPLETE) {
            String name = setting.substring(0, setting.indexOf('=') + 1);
            if (arguments.stream().noneMatch(override -> override.startsWith(name))) {
                arguments.add(setting);
            }
        }
        Throwable thrown = catchThrowable(() -> new SpringApplicationBuilder(ClaimdeskApplication.class)
                .profiles("prod")
                .run(arguments.toArray(String[]::new)));
        if (thrown == null) {
            throw new AssertionError("the production configuration started with " + arguments);
        }
        return NestedExceptionUtils.getMostSpecificCause(thrown);
    }
}
