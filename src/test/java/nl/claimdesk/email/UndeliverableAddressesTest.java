package nl.claimdesk.email;

import static org.assertj.core.api.Assertions.assertThat;

import nl.claimdesk.IntegrationTest;
import nl.claimdesk.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class UndeliverableAddressesTest {

    @Autowired
    UndeliverableAddresses undeliverable;

    @Test
    void anAddressIsMarkedWhateverItsCaseAndClearedAgain() {
        String address = Unique.email("bounce");

        undeliverable.mark(
                address.toUpperCase(java.util.Locale.ROOT), UndeliverableAddresses.Source.SMTP, "550 no such user");

        assertThat(undeliverable.find(address)).hasValueSatisfying(mark -> {
            assertThat(mark.source()).isEqualTo(UndeliverableAddresses.Source.SMTP);
            assertThat(mark.reason()).isEqualTo("550 no such user");
        });
        undeliverable.clear(" " + address);
        assertThat(undeliverable.isUndeliverable(address)).isFalse();
    }

    @Test
    void aSecondMarkReplacesTheFirstReason() {
        String address = Unique.email("bounce");

        undeliverable.mark(address, UndeliverableAddresses.Source.SMTP, "550 no such user");
        undeliverable.mark(address, UndeliverableAddresses.Source.BOUNCE, "5.1.1 mailbox unknown");

        assertThat(undeliverable.find(address).orElseThrow().reason()).isEqualTo("5.1.1 mailbox unknown");
    }
}
