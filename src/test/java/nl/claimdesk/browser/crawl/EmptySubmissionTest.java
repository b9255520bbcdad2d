package nl.claimdesk.browser.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.FormElement;
import org.junit.jupiter.api.Test;

/** The crawler sends a form as someone who filled in nothing, with the hidden fields the page gave and its main button. */
class EmptySubmissionTest {

    @Test
    void keepsHiddenFieldsEmptiesTypedFieldsAndTicksNothing() {
        EmptySubmission empty = EmptySubmission.of(form("""
                <form method="post">
                  <input type="hidden" name="_csrf" value="token">
                  <input type="text" name="firstName" value="Anna">
                  <textarea name="reason">typed</textarea>
                  <select name="country"><option value="NL" selected>NL</option></select>
                  <input type="checkbox" name="privacy" value="yes" checked>
                  <input type="radio" name="kind" value="SELF" checked>
                  <button class="button button--secondary" type="submit" name="action" value="add">Add</button>
                  <button class="button button--primary" type="submit" name="action" value="continue">Next</button>
                </form>"""));

        assertThat(empty.fields())
                .containsExactly("_csrf", "token", "firstName", "", "reason", "", "country", "", "action", "continue");
        assertThat(empty.fillable()).isEqualTo(5);
    }

    @Test
    void aFormWithOnlyAButtonHasNothingToFillIn() {
        EmptySubmission empty = EmptySubmission.of(form("""
                <form method="post"><input type="hidden" name="_csrf" value="token"><button>Erase</button></form>"""));

        assertThat(empty.fillable()).isZero();
    }

    private static FormElement form(String html) {
        return Jsoup.parse(html).forms().getFirst();
    }
}
