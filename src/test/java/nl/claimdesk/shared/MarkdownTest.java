package nl.claimdesk.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "Hello <script>alert(1)</script> world",
                "[click](javascript:alert(1))",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<img src=x onerror=alert(1)>",
                "![x](https://evil.example/x.png \"t\") <iframe src=\"https://evil.example\"></iframe>",
                "<svg onload=alert(1)>",
                "<div onclick=\"alert(1)\">text</div>",
                "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
                "<style>body{display:none}</style>",
                "<form action=https://evil.example><input name=a></form>"
            })
    void hostileMarkupNeverSurvives(String markdown) {
        Document page = Jsoup.parseBodyFragment(Markdown.toHtml(markdown).html());

        assertThat(page.select("script, style, iframe, img, svg, form, input, object, embed"))
                .isEmpty();
        for (Element element : page.getAllElements()) {
            for (Attribute attribute : element.attributes()) {
                assertThat(attribute.getKey()).doesNotStartWith("on");
                assertThat(attribute.getValue().toLowerCase().strip())
                        .doesNotStartWith("javascript:")
                        .doesNotStartWith("data:");
            }
        }
    }

    static Stream<Arguments> ordinaryMarkdown() {
        return Stream.of(
                Arguments.of("**bold**", "<p><strong>bold</strong></p>"),
                Arguments.of("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
                Arguments.of("# Big heading", "<h3>Big heading</h3>"),
                Arguments.of("## Heading", "<h4>Heading</h4>"),
                Arguments.of("###### Tiny", "<h6>Tiny</h6>"),
                Arguments.of(
                        "[mail](mailto:vragen@example.nl)", "<p><a href=\"mailto:vragen@example.nl\">mail</a></p>"),
                Arguments.of("a < b & c", "<p>a &lt; b &amp; c</p>"));
    }

    @ParameterizedTest
    @MethodSource("ordinaryMarkdown")
    void ordinaryMarkdownRenders(String markdown, String expected) {
        assertThat(Markdown.toHtml(markdown).html()).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void aDocumentOfItsOwnStartsAtTheSecondLevel() {
        assertThat(Markdown.toHtml("# Top\n\n## Sub", 2).html()).isEqualTo("<h2>Top</h2>\n<h3>Sub</h3>");
    }

    @ParameterizedTest
    @ValueSource(strings = {"[site](https://example.nl)", "see https://example.nl"})
    void externalLinksDoNotLeakTheOpener(String markdown) {
        assertThat(Markdown.toHtml(markdown).html())
                .contains("href=\"https://example.nl\"")
                .contains("rel=\"noopener noreferrer\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\n"})
    void blankMarkdownIsEmpty(String markdown) {
        assertThat(Markdown.toHtml(markdown).isEmpty()).isTrue();
    }
}
