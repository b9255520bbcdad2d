package nl.claimdesk.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.claimdesk.Ages;

/** Goes through the Dutch sign-up funnel of a campaign the way a person does, page by page. */
public final class Funnel {

    private final SiteClient client;
    private final String base;

    public Funnel(SiteClient client, String campaign) {
        this.client = client;
        this.base = "/nl/" + campaign + "/aanmelden";
    }

    public SiteClient client() {
        return client;
    }

    /** The address of a page of this funnel, e.g. {@code kinderen}. */
    public String path(String page) {
        return base + "/" + page;
    }

    /** A child as typed: names, date of birth, start year, and end year ("" while still using). */
    public record Child(
            String firstName, String lastName, String day, String month, String year, String start, String end) {}

    /** A child born {@code born} who uses the app since the year they were {@code startAge}, and still does. */
    public static Child child(String firstName, String lastName, Ages.Birth born, int startAge) {
        return new Child(firstName, lastName, born.day(), born.month(), born.year(), born.yearAtAge(startAge), "");
    }

    /** A child born {@code born} who used the app from the year they were {@code startAge} until {@code endAge}. */
    public static Child child(String firstName, String lastName, Ages.Birth born, int startAge, int endAge) {
        return new Child(
                firstName,
                lastName,
                born.day(),
                born.month(),
                born.year(),
                born.yearAtAge(startAge),
                born.yearAtAge(endAge));
    }

    public static Child child(String firstName, String lastName, String birthDate, String start, String end) {
        String[] dmy = birthDate.split("-");
        return new Child(firstName, lastName, dmy[0], dmy[1], dmy[2], start, end);
    }

    /** The first two pages: who, and the registrant's details (born 3 April 1985 unless given). */
    public HttpResponse<String> start(String kind, String email, String... birthDate) {
        String[] dmy = birthDate.length == 0 ? new String[] {"3", "4", "1985"} : birthDate[0].split("-");
        return startWith(kind, "email", email, "birthDay", dmy[0], "birthMonth", dmy[1], "birthYear", dmy[2]);
    }

    /**
     * The first two pages, with the registrant's details typed as {@code fields} (name, value, ...) say; every field
     * they do not name is filled in as a person would (Anna de Vries, born 3 April 1985, 1234 AB in the Netherlands).
     */
    public HttpResponse<String> startWith(String kind, String... fields) {
        client.get(base);
        expectRedirect(client.post(base, "kind", kind));
        client.get(base + "/gegevens");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("firstName", "Anna");
        form.put("lastName", "de Vries");
        form.put("email", "");
        form.put("birthDay", "3");
        form.put("birthMonth", "4");
        form.put("birthYear", "1985");
        form.put("country", "NL");
        form.put("postcode", "1234 AB");
        form.put("website", "");
        for (int i = 0; i + 1 < fields.length; i += 2) {
            form.put(fields[i], fields[i + 1]);
        }
        List<String> typed = new ArrayList<>();
        form.forEach((name, value) -> typed.addAll(List.of(name, value)));
        return client.post(base + "/gegevens", typed.toArray(String[]::new));
    }

    public HttpResponse<String> children(Child... children) {
        return children(new String[0], children);
    }

    /** The children page sent with {@code extra} fields (name, value, ...) besides the children's own. */
    public HttpResponse<String> children(String[] extra, Child... children) {
        client.get(base + "/kinderen");
        for (int i = 1; i < children.length; i++) {
            client.post(base + "/kinderen", "action", "add");
        }
        List<String> fields = new ArrayList<>();
        for (int i = 0; i < children.length; i++) {
            Child child = children[i];
            String prefix = "child-" + i + "-";
            fields.addAll(List.of(
                    prefix + "firstName",
                    child.firstName(),
                    prefix + "lastName",
                    child.lastName(),
                    prefix + "birthDay",
                    child.day(),
                    prefix + "birthMonth",
                    child.month(),
                    prefix + "birthYear",
                    child.year(),
                    prefix + "startYear",
                    child.start(),
                    prefix + "stillUsing",
                    child.end().isEmpty() ? "yes" : "no",
                    prefix + "endYear",
                    child.end(),
                    prefix + "authority",
                    "PARENT"));
        }
        fields.addAll(List.of(extra));
        fields.addAll(List.of("action", "continue"));
        return client.post(base + "/kinderen", fields.toArray(String[]::new));
    }

    public HttpResponse<String> ownUse(String start, String end, String... extra) {
        client.get(base + "/gebruik");
        List<String> fields = new ArrayList<>(List.of(
                "startYear", start, "stillUsing", end.isEmpty() ? "yes" : "no", "endYear", end, "action", "continue"));
        fields.addAll(List.of(extra));
        return client.post(base + "/gebruik", fields.toArray(String[]::new));
    }

    /** Sends the children page's or own-use page's supporter button. */
    public HttpResponse<String> becomeSupporter(String page) {
        return client.post(base + "/" + page, "action", "supporter");
    }

    /** The check page, whose form sends the sign-up. */
    public HttpResponse<String> check() {
        return client.get(base + "/controleren");
    }

    /** Sends the sign-up from the check page, with the privacy statement acknowledged. */
    public HttpResponse<String> sendFromCheckPage() {
        return client.post(base + "/controleren", "privacy", "yes");
    }

    /** The check page and the send button; returns the response to sending. */
    public HttpResponse<String> send() {
        check();
        return sendFromCheckPage();
    }

    /** The address the check page sends its form to. */
    public String sendPath() {
        return base + "/controleren";
    }

    /** A whole sign-up of children, ending on the page after sending. */
    public HttpResponse<String> signUpChildren(String email, Child... children) {
        expectRedirect(start("CHILDREN", email));
        expectRedirect(children(children));
        return client.follow(expectRedirect(send()));
    }

    public static HttpResponse<String> expectRedirect(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response;
    }
}
