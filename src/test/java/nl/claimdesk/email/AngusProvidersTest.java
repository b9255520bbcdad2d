package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.util.StreamProvider;
import java.util.Properties;
import nl.claimdesk.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The application (here with an SMTP server) names the mail providers, so no lookup scans the class path. */
@IntegrationTest
class AngusProvidersTest {

    @Test
    void theRunningApplicationNamesEveryProvider() {
        AngusProviders.BY_INTERFACE.forEach(
                (api, provider) -> assertThat(System.getProperty(api)).as(api).isEqualTo(provider));
    }

    @Test
    void everyNamedProviderExistsAndImplementsItsInterface() throws ClassNotFoundException {
        for (var named : AngusProviders.BY_INTERFACE.entrySet()) {
            Class<?> api = Class.forName(named.getKey());
            assertThat(api.isAssignableFrom(Class.forName(named.getValue())))
                    .as(named.getValue())
                    .isTrue();
        }
        assertThat(StreamProvider.provider().getClass().getName())
                .isEqualTo(AngusProviders.BY_INTERFACE.get(StreamProvider.class.getName()));
    }

    @Test
    void aProviderNamedAlreadyIsKept() {
        Properties properties = new Properties();
        properties.setProperty("jakarta.mail.util.StreamProvider", "com.example.OwnStreamProvider");

        AngusProviders.nameIn(properties);

        assertThat(properties)
                .containsEntry("jakarta.mail.util.StreamProvider", "com.example.OwnStreamProvider")
                .containsEntry(
                        "jakarta.activation.spi.MimeTypeRegistryProvider",
                        "org.eclipse.angus.activation.MimeTypeRegistryProviderImpl")
                .containsEntry(
                        "jakarta.activation.spi.MailcapRegistryProvider",
                        "org.eclipse.angus.activation.MailcapRegistryProviderImpl");
    }
}
