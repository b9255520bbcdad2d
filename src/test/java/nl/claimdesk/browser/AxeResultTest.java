package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** An accessibility check that got no answer from axe-core fails; it never passes for want of violations. */
class AxeResultTest {

    @Test
    void noAnswerFails() {
        assertThatThrownBy(() -> Axe.Result.parse("null")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Axe.Result.parse("")).isInstanceOf(AssertionError.class);
    }

    @Test
    void aGarbledAnswerFails() {
        assertThatThrownBy(() -> Axe.Result.parse("{\"violations\": [")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Axe.Result.parse("[]")).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> Axe.Result.parse("{\"violations\": [], \"passes\": 3}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void anErrorInThePageFails() {
        assertThatThrownBy(() -> Axe.Result.parse("{\"error\": \"TypeError: x\"}"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("TypeError");
    }

    @Test
    void aRunThatPassedNoRuleLookedAtNothing() {
        assertThatThrownBy(() -> Axe.Result.parse("{\"violations\": [], \"incomplete\": [], \"passes\": 0}"))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void aCompleteAnswerListsViolationsAndReviews() {
        Axe.Result result = Axe.Result.parse("""
                {"violations": [{"id": "image-alt", "help": "Images must have alternate text",
                                 "nodes": [{"target": ["img"]}]}],
                 "incomplete": [{"id": "color-contrast", "help": "Elements must meet contrast",
                                 "nodes": [{"target": [".hero"], "any": [{"data": {"messageKey": "bgImage"}}]}]}],
                 "passes": 12}""");

        assertThat(result.violations()).containsExactly("image-alt: Images must have alternate text [[\"img\"]]");
        assertThat(result.incomplete()).singleElement().satisfies(review -> {
            assertThat(review.rule()).isEqualTo("color-contrast");
            assertThat(review.reasons()).containsExactly("bgImage");
            assertThat(review.line()).isEqualTo("color-contrast: Elements must meet contrast [[\".hero\"] (bgImage)]");
        });
    }
}
