package nl.claimdesk.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Nu Html Checker, run in-process: the errors it reports for a page. */
public final class HtmlChecker {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private HtmlChecker() {}

    public static List<String> errorsIn(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        List<String> errors = new ArrayList<>();
        for (JsonNode message : JSON.readTree(report).path("messages")) {
            String type = message.path("type").asString();
            if (type.equals("error") || type.equals("non-document-error")) {
                errors.add("line " + message.path("lastLine").asInt() + ": "
                        + message.path("message").asString() + " ["
                        + message.path("extract").asString() + "]");
            }
        }
        return errors;
    }
}
