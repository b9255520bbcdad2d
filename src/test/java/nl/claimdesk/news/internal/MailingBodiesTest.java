package nl.claimdesk.news.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import nl.claimdesk.shared.Language;
import org.junit.jupiter.api.Test;

/**
 * A mailing's body is rendered once per language, not once per recipient (it took half the delivery time per mail),
 * and each mailing and language still gets its own body, also when more mailings are asked for than are kept.
 */
class MailingBodiesTest {

    private final MailingBodies bodies = new MailingBodies();

    @Test
    void everyRecipientOfAMailingGetsTheBodyRenderedOnce() {
        UUID mailing = UUID.randomUUID();

        var first = bodies.html(mailing, Language.NL, "De zitting is op **12 maart**.");
        var second = bodies.html(mailing, Language.NL, "De zitting is op **12 maart**.");

        assertThat(second).isSameAs(first);
        assertThat(first.html()).isEqualTo("<p>De zitting is op <strong>12 maart</strong>.</p>");
    }

    @Test
    void eachLanguageAndEachMailingHasItsOwnBody() {
        UUID one = UUID.randomUUID();
        UUID other = UUID.randomUUID();

        assertThat(bodies.html(one, Language.NL, "Nieuws").html()).isEqualTo("<p>Nieuws</p>");
        assertThat(bodies.html(one, Language.EN, "News").html()).isEqualTo("<p>News</p>");
        assertThat(bodies.html(other, Language.NL, "Ander nieuws").html()).isEqualTo("<p>Ander nieuws</p>");
        assertThat(bodies.html(one, Language.NL, "Nieuws").html()).isEqualTo("<p>Nieuws</p>");
    }

    @Test
    void moreMailingsThanAreKeptStillEachGetTheirOwnBody() {
        UUID first = UUID.randomUUID();
        bodies.html(first, Language.NL, "Eerste");
        for (int i = 0; i < MailingBodies.KEPT + 3; i++) {
            UUID mailing = UUID.randomUUID();
            assertThat(bodies.html(mailing, Language.NL, "Mailing " + i).html()).isEqualTo("<p>Mailing " + i + "</p>");
        }

        assertThat(bodies.html(first, Language.NL, "Eerste").html()).isEqualTo("<p>Eerste</p>");
    }
}
