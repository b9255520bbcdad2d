package nl.claimdesk.campaign;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.claimdesk.identity.TestStaff;
import nl.claimdesk.infrastructure.StaffMember;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A staff member sending the document upload form through MockMvc, and the PDFs they send. */
record DocumentClient(MockMvc mvc, StaffMember member) {

    /** The smallest file that passes as a whole PDF, with some text of its own. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** The form as an editor fills it in for the statutes. */
    static Map<String, String> statutes(String nlTitle, String enTitle) {
        return Map.of(
                "kind", "STATUTES",
                "nl-title", nlTitle,
                "en-title", enTitle,
                "dateDay", "1",
                "dateMonth", "3",
                "dateYear", "2024",
                "language", "nl");
    }

    MockHttpServletResponse upload(String path, Map<String, String> fields, byte @Nullable [] file, String fileName)
            throws Exception {
        MockMultipartHttpServletRequestBuilder request = MockMvcRequestBuilders.multipart(path);
        if (file != null) {
            request.file(new MockMultipartFile("file", fileName, "application/pdf", file));
        }
        fields.forEach((name, value) -> request.param(name, value));
        return mvc.perform(request.with(TestStaff.as(member)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    static Document parse(MockHttpServletResponse response) throws Exception {
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }
}
