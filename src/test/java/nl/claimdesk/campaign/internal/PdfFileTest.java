package nl.claimdesk.campaign.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A PDF is known by its own first and last bytes, not by what the browser called it. */
class PdfFileTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF",
                "%PDF-1.7\r\n...\r\n%%EOF\r\n",
                "%PDF-2.0\n...\n%%EOF\n\n  \u0000\u0000"
            })
    void aWholePdfPasses(String content) {
        assertThat(PdfFile.read(content.getBytes(StandardCharsets.ISO_8859_1))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "%PDF-",
                "%PDF-%%EOF",
                "<html><script>alert(1)</script></html>\n%%EOF",
                " %PDF-1.4\n...\n%%EOF",
                "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<",
                "%PDF-1.4\n...\n%%EOF\n<script>alert(1)</script>"
            })
    void anythingElseIsRefused(String content) {
        assertThat(PdfFile.read(content.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = ';',
            value = {"1; 1 KB", "1023; 1 KB", "348160; 340 KB", "1258291; 1,2 MB", "10485760; 10 MB"})
    void sizesAreShownInKilobytesOrMegabytesOf1024(long bytes, String shown) {
        assertThat(FileSize.format(bytes, Locale.of("nl", "NL"))).isEqualTo(shown);
    }
}
