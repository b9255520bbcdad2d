package nl.claimdesk.email;

import java.util.Map;
import java.util.Properties;

/**
 * Names Angus Mail's and Angus Activation's providers in system properties, so that jakarta.mail and
 * jakarta.activation load them directly. Without a name their factory finders run a {@code ServiceLoader} scan of the
 * whole class path (every jar nested in the boot jar) on each lookup, and jakarta.mail looks its stream provider up
 * for every multipart, body part and write of every message (jakartaee/mail-api#699, #861). A name that is set
 * already, for instance with {@code -D}, is kept.
 */
final class AngusProviders {

    static final Map<String, String> BY_INTERFACE = Map.of(
            "jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider",
            "jakarta.activation.spi.MimeTypeRegistryProvider",
                    "org.eclipse.angus.activation.MimeTypeRegistryProviderImpl",
            "jakarta.activation.spi.MailcapRegistryProvider",
                    "org.eclipse.angus.activation.MailcapRegistryProviderImpl");

    private AngusProviders() {}

    static void nameIn(Properties properties) {
        BY_INTERFACE.forEach(properties::putIfAbsent);
    }
}
