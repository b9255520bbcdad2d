package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import nl.claimdesk.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvcTester mvc;

    @ParameterizedTest
    @ValueSource(
            strings = {"/nl", "/en/tiktok", "/nl/tiktok/tijdlijn", "/nl/bestaat-niet", "/assets/site.css", "/backoffice"
            })
    void everyResponseCarriesTheStrictHeaders(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();

        assertThat(result).headers().hasValue("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(result).headers().hasValue("Referrer-Policy", "no-referrer");
        assertThat(result).headers().hasValue("X-Content-Type-Options", "nosniff");
        assertThat(result).headers().hasValue("X-Frame-Options", "DENY");
        assertThat(result).headers().containsHeader("Permissions-Policy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nl", "/nl/tiktok", "/en/tiktok/timeline"})
    void publicPagesStartNoSession(String path) {
        MvcTestResult result = mvc.get().uri(path).exchange();

        assertThat(result).hasStatusOk();
        assertThat(result).headers().doesNotContainHeader(HttpHeaders.SET_COOKIE);
        assertThat(result.getRequest().getSession(false)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dev/mailbox", "/actuator/env", "/anything-else"})
    void addressesOutsideThePublicSiteAreRefused(String path) {
        assertThat(mvc.get().uri(path)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/backoffice", "/backoffice/anything"})
    void theBackOfficeSendsAStrangerToTheStaffLogin(String path) {
        assertThat(mvc.get().uri(path))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .isEqualTo("/backoffice/login");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/dossier", "/dossier/anything"})
    void mijnDossierSendsAStrangerToTheLoginPage(String path) {
        assertThat(mvc.get().uri(path))
                .hasStatus(HttpStatus.FOUND)
                .redirectedUrl()
                .endsWith("/nl/inloggen");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/nl/tiktok", "/nl", "/en/tiktok/timeline"})
    void thePublicSiteCannotBeWrittenTo(String path) {
        assertThat(mvc.post().uri(path)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put().uri(path)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.delete().uri(path)).hasStatus(HttpStatus.FORBIDDEN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/assets/site.css"})
    void assetsMayBeCachedForAYear(String path) {
        assertThat(mvc.get().uri(path)).headers().hasValue(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public");
    }
}
