package nl.claimdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

    @Test
    void reportsInvalidHtml() throws Exception {
        String invalid =
                "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p><div></p></span></body></html>";

        assertThat(HtmlChecker.errorsIn(invalid)).isNotEmpty();
    }

    @Test
    void acceptsValidHtml() throws Exception {
        String valid = "<!DOCTYPE html><html lang=en><head><title>x</title></head><body><p>Hello</p></body></html>";

        assertThat(HtmlChecker.errorsIn(valid)).isEmpty();
    }
}
