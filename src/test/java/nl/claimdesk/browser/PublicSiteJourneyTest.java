package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.claimdesk.web.PublicPages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class PublicSiteJourneyTest {

    static final List<String> ALL_PAGES = PublicPages.ALL;

    private final Browser browser = Browser.shared();

    @LocalServerPort
    int port;

    @Test
    void aParentFindsTheClaimReadsTheFaqAndTheTimelineAndSwitchesLanguage() {
        WebDriver page = browser.driver();
        page.get(url("/"));
        assertThat(page.getCurrentUrl()).endsWith("/nl");
        assertThat(lang()).isEqualTo("nl");

        page.findElement(By.linkText("TikTok-claim")).click();
        assertThat(page.getCurrentUrl()).endsWith("/nl/tiktok");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("TikTok-claim");

        WebElement question =
                page.findElements(By.cssSelector("details.faq__item")).getFirst();
        WebElement answer = question.findElement(By.cssSelector(".prose"));
        assertThat(answer.isDisplayed()).isFalse();
        question.findElement(By.tagName("summary")).click();
        assertThat(question.getDomAttribute("open")).isNotNull();
        assertThat(answer.isDisplayed()).isTrue();

        page.findElement(By.linkText("Bekijk de volledige tijdlijn")).click();
        assertThat(page.getCurrentUrl()).endsWith("/nl/tiktok/tijdlijn");
        assertThat(page.findElements(By.cssSelector(".timeline__item"))).hasSize(25);

        page.findElement(By.cssSelector(".language-switch a")).click();
        assertThat(page.getCurrentUrl()).endsWith("/en/tiktok/timeline");
        assertThat(lang()).isEqualTo("en");
        assertThat(page.findElement(By.tagName("h1")).getText()).isEqualTo("Timeline of the TikTok claim");

        page.findElement(By.cssSelector(".breadcrumb a")).click();
        assertThat(page.getCurrentUrl()).endsWith("/en/tiktok");
        assertThat(page.findElement(By.linkText("Sign up for free")).getDomAttribute("href"))
                .isEqualTo("/en/tiktok/sign-up");
    }

    @ParameterizedTest
    @FieldSource("ALL_PAGES")
    void everyPublicPageMeetsWcag21AA(String path) {
        browser.driver().get(url(path));

        assertThat(Axe.violations(browser)).isEmpty();
    }

    @Test
    void theAccessibilityCheckWouldCatchAViolation() {
        browser.driver()
                .get("data:text/html,<html lang=en><title>x</title><body><main><img src=x.png></main></body></html>");

        assertThat(Axe.violations(browser)).anyMatch(violation -> violation.startsWith("image-alt"));
    }

    @Test
    void theLandingPageFitsAPhoneScreen() {
        browser.resize(360, 740);
        try {
            browser.driver().get(url("/nl/tiktok"));
            Object contentWidth = browser.js().executeScript("return document.documentElement.scrollWidth;");

            assertThat(((Number) contentWidth).intValue()).isLessThanOrEqualTo(360);
            assertThat(Axe.violations(browser)).isEmpty();
        } finally {
            browser.resize(1280, 900);
        }
    }

    @Test
    void theKeyboardReachesTheSkipLinkFirstAndItIsVisible() {
        WebDriver page = browser.driver();
        page.get(url("/nl/tiktok"));
        page.findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.TAB);

        WebElement focused = page.switchTo().activeElement();
        assertThat(focused.getDomAttribute("class")).isEqualTo("skip-link");
        assertThat(focused.getRect().getX()).isGreaterThanOrEqualTo(0);
    }

    private String lang() {
        return browser.driver().findElement(By.tagName("html")).getDomAttribute("lang");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
