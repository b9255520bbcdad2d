package nl.claimdesk.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-up funnel as a person uses it in the browser: find the field by its label, type, press the button.
 * Every page visited is checked with axe-core on the way.
 */
final class SignUpPages {

    private final Browser browser;
    private final String base;

    SignUpPages(Browser browser, String base) {
        this.browser = browser;
        this.base = base;
    }

    WebDriver page() {
        return browser.driver();
    }

    void open(String path) {
        page().get(base + path);
    }

    /** Follows a link and waits until the page it leads to replaced this one. */
    void follow(String linkText) {
        WebElement current = page().findElement(By.tagName("html"));
        page().findElement(By.linkText(linkText)).click();
        waitForNextPage(current);
    }

    void choose(String label) {
        WebElement input = page().findElement(By.xpath("//label[normalize-space()='" + label + "']"));
        input.click();
    }

    void type(String fieldId, String value) {
        WebElement field = page().findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(value);
    }

    void date(String fieldId, String day, String month, String year) {
        type(fieldId + "-day", day);
        type(fieldId + "-month", month);
        type(fieldId + "-year", year);
    }

    /** Presses a button that submits a form, and waits until the next page replaced this one. */
    void press(String buttonText) {
        WebElement current = page().findElement(By.tagName("html"));
        page().findElement(By.xpath("//button[normalize-space()='" + buttonText + "']"))
                .click();
        waitForNextPage(current);
    }

    /** Whether the element no longer belongs to the page (Chromium says so in more than one way). */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException detached) {
            return true;
        }
    }

    /** Waits until {@code current} is gone and the page that replaced it (after any redirect) has loaded. */
    private void waitForNextPage(WebElement current) {
        WebDriverWait wait = new WebDriverWait(page(), Duration.ofSeconds(15));
        wait.until(driver -> gone(current));
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            Object state = ((JavascriptExecutor) driver).executeScript("return document.readyState");
            return "complete".equals(state)
                    && !driver.findElements(By.tagName("main")).isEmpty();
        });
    }

    void tick(String id) {
        WebElement box = page().findElement(By.id(id));
        if (!box.isSelected()) {
            page().findElement(By.cssSelector("label[for='" + id + "']")).click();
        }
    }

    /** Chooses the authority the registrant holds over a child: {@code PARENT} or {@code GUARDIAN}. */
    void authority(int child, String authority) {
        tick("child-" + child + "-authority-" + authority);
    }

    boolean selected(String id) {
        return page().findElement(By.id(id)).isSelected();
    }

    String heading() {
        return page().findElement(By.tagName("h1")).getText();
    }

    String value(String fieldId) {
        return page().findElement(By.id(fieldId)).getDomProperty("value");
    }

    /** The message shown next to a field (the field's own error, not the summary). */
    String errorAt(String fieldId) {
        List<WebElement> errors = page().findElements(By.id(fieldId + "-error"));
        assertThat(errors)
                .as("error next to %s in %s", fieldId, page().getPageSource())
                .isNotEmpty();
        return errors.getFirst().getText();
    }

    List<String> summaryErrors() {
        return page().findElements(By.cssSelector(".error-summary li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    void accessible() {
        assertThat(Axe.violations(browser)).as(page().getCurrentUrl()).isEmpty();
    }

    void registrant(String firstName, String lastName, String email, String day, String month, String year) {
        type("firstName", firstName);
        type("lastName", lastName);
        type("email", email);
        date("birth", day, month, year);
        type("postcode", "1234 AB");
    }

    void child(int index, String firstName, String lastName, String[] birth, String start, String end) {
        String prefix = "child-" + index + "-";
        type(prefix + "firstName", firstName);
        type(prefix + "lastName", lastName);
        date(prefix + "birth", birth[0], birth[1], birth[2]);
        type(prefix + "startYear", start);
        page().findElement(By.id(prefix + "stillUsing-" + (end.isEmpty() ? "yes" : "no")))
                .click();
        if (!end.isEmpty()) {
            type(prefix + "endYear", end);
        }
    }
}
