package nl.claimdesk.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A staff member using the content editor through MockMvc, and a visitor reading the public site. */
public final class ContentEditorClient {

    private final MockMvc mvc;
    private final StaffMember member;

    public ContentEditorClient(MockMvc mvc, StaffMember member) {
        this.mvc = mvc;
        this.member = member;
    }

    MockHttpServletResponse get(String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(path).with(TestStaff.as(member)))
                .andReturn()
                .getResponse();
    }

    public Document page(String path) throws Exception {
        MockHttpServletResponse response = get(path);
        if (response.getStatus() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.getStatus());
        }
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The form's fields as the page filled them in (inputs, textareas and the selected option). */
    public static Map<String, String> fields(Document page) {
        Map<String, String> fields = new LinkedHashMap<>();
        Element form = page.selectFirst("form.content-editor, form[action$=/delete]");
        if (form == null) {
            throw new AssertionError("no editor form on the page");
        }
        for (Element input : form.select("input[name]")) {
            fields.put(input.attr("name"), input.val());
        }
        for (Element textarea : form.select("textarea[name]")) {
            fields.put(textarea.attr("name"), textarea.val());
        }
        for (Element select : form.select("select[name]")) {
            Element selected = select.selectFirst("option[selected]");
            fields.put(select.attr("name"), selected == null ? "" : selected.val());
        }
        fields.remove("_csrf");
        return fields;
    }

    public MockHttpServletResponse post(String path, Map<String, String> fields) throws Exception {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.post(path).with(TestStaff.as(member)).with(csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return mvc.perform(request).andReturn().getResponse();
    }

    static Document parse(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** A public page as an anonymous visitor sees it. */
    public static Document publicPage(MockMvc mvc, String path) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(MockMvcRequestBuilders.get(path)).andReturn().getResponse();
        if (response.getStatus() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.getStatus());
        }
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
