package nl.claimdesk.registration.internal.keys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchKeysTest {

    @Test
    void namesLoseCaseAccentsAndExtraSpaces() {
        assertThat(SearchKeys.name("  Zoë   Ölçer-Ørsted ")).isEqualTo("zoe olcer-orsted");
        assertThat(SearchKeys.fullName("Sélène", "de  Vries")).isEqualTo("selene de vries");
        assertThat(SearchKeys.fullName(null, null)).isEmpty();
    }

    @Test
    void postcodesLoseSpacesAndAreUpperCase() {
        assertThat(SearchKeys.postcode("1234 ab")).isEqualTo("1234AB");
        assertThat(SearchKeys.postcode(null)).isEmpty();
    }

    @Test
    void referencesAreReadAsTheyAreMeant() {
        assertThat(SearchKeys.reference("abcde 12345")).isEqualTo("ABCDE-12345");
        assertThat(SearchKeys.reference("0O1IL-xyzab")).isEqualTo("00111-XYZAB");
        assertThat(SearchKeys.reference("ABCDE-1234")).isEmpty();
        assertThat(SearchKeys.reference("UBCDE-12345")).isEmpty();
    }

    @Test
    void likeWildcardsInTheSearchTextAreTakenLiterally() {
        assertThat(SearchKeys.prefixPattern("jan_de%")).isEqualTo("jan\\_de\\%%");
    }
}
