package nl.claimdesk.registration.backoffice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @ParameterizedTest(name = "[{0}] is written as [{1}]")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "plain|plain",
                "|",
                "Jan de Vries|Jan de Vries",
                "a,b|\"a,b\"",
                "say \"hi\"|\"say \"\"hi\"\"\"",
                "=1+1|'=1+1",
                "+31 6 1234|'+31 6 1234",
                "-2|'-2",
                "@SUM(A1)|'@SUM(A1)",
                "=HYPERLINK(\"x\",\"y\")|\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"",
                "a=b|a=b",
                "'quoted already|'quoted already",
                "Zoë|Zoë"
            })
    void writesOneField(String value, String written) {
        assertThat(CsvWriter.field(value == null ? "" : value)).isEqualTo(written == null ? "" : written);
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '~',
            value = {
                "Jan\\u0000de Vries|Jande Vries|NUL inside is left out",
                "\\u0000=1+1|'=1+1|a formula behind a NUL still gets its quote",
                "\\u0000\\u0001@SUM(A1)|'@SUM(A1)|several control characters in front",
                "a\\u0007b\\u0008c|abc|bell and backspace",
                "\\u001b[31mrood|[31mrood|escape",
                "x\\u007fy|xy|DEL",
                "x\\u0085y\\u009bz|xyz|C1 controls",
                "\\u000b\\u000c-2|'-2|vertical tab and form feed",
                "\\u0000|~~|only a NUL",
                "Zo\\u00eb\\u20ac|Zo\\u00eb\\u20ac|letters and symbols stay",
                "a\\tb|a\\tb|a tab inside stays"
            })
    void leavesOutControlCharactersBeforeCheckingForAFormula(String value, String written, String what) {
        assertThat(CsvWriter.field(unescape(value))).isEqualTo(unescape(written));
    }

    /** {@code \\uXXXX} and {@code \\t} in the table above, so that the source shows which character is meant. */
    private static String unescape(String text) {
        return java.util.regex.Pattern.compile("\\\\u([0-9a-f]{4})|\\\\t")
                .matcher(text)
                .replaceAll(m -> m.group(1) == null
                        ? "\t"
                        : java.util.regex.Matcher.quoteReplacement(
                                Character.toString(Integer.parseInt(m.group(1), 16))));
    }

    @Test
    void neutralisesTabAndCarriageReturnAndQuotesLineBreaks() {
        assertThat(CsvWriter.field("\tcmd")).isEqualTo("'\tcmd");
        assertThat(CsvWriter.field("\rcmd")).isEqualTo("\"'\rcmd\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
    }

    @Test
    void writesRecordsEndingInCrlfAfterAByteOrderMark() throws IOException {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.bom();
        csv.row("a", null, 3);
        csv.row("=x", "y,z");
        assertThat(out.toString()).isEqualTo("\uFEFFa,,3\r\n'=x,\"y,z\"\r\n");
    }

    /** Random rows of awkward text: parsed back by an independent RFC 4180 reader, each cell is the neutralised value. */
    @Test
    void everyCellReadsBackAsItsNeutralisedValue() throws IOException {
        Random random = new Random(4180);
        String alphabet = "ab ,\"\r\n\t=+-@'é€😀;\u0000\u001b\u007f";
        List<List<String>> rows = new ArrayList<>();
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (int r = 0; r < 12_000; r++) {
            List<String> row = new ArrayList<>();
            int cells = 1 + random.nextInt(6);
            for (int c = 0; c < cells; c++) {
                StringBuilder cell = new StringBuilder();
                int length = random.nextInt(8);
                for (int i = 0; i < length; i++) {
                    int at = random.nextInt(alphabet.codePointCount(0, alphabet.length()));
                    cell.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, at)));
                }
                row.add(cell.toString());
            }
            rows.add(row);
            csv.row(row.toArray());
        }

        List<List<String>> read = Rfc4180.parse(out.toString());

        assertThat(read).hasSize(rows.size());
        for (int r = 0; r < rows.size(); r++) {
            List<String> expected =
                    rows.get(r).stream().map(CsvWriter::neutralised).toList();
            assertThat(read.get(r)).as("row %d", r).isEqualTo(expected);
            for (String cell : read.get(r)) {
                assertThat(cell)
                        .as("row %d", r)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("-")
                        .doesNotStartWith("@")
                        .doesNotStartWith("\t")
                        .doesNotStartWith("\r")
                        .doesNotContain("\u0000", "\u001b", "\u007f");
            }
        }
    }

    /** A strict reader of RFC 4180: records end in CRLF, quoted fields may hold anything, a quote is doubled. */
    static final class Rfc4180 {

        static List<List<String>> parse(String text) {
            List<List<String>> records = new ArrayList<>();
            List<String> record = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            int i = 0;
            boolean fieldStart = true;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (fieldStart && c == '"') {
                    i++;
                    while (true) {
                        char q = text.charAt(i);
                        if (q == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                            field.append('"');
                            i += 2;
                        } else if (q == '"') {
                            i++;
                            break;
                        } else {
                            field.append(q);
                            i++;
                        }
                    }
                    fieldStart = false;
                } else if (c == ',') {
                    record.add(field.toString());
                    field.setLength(0);
                    fieldStart = true;
                    i++;
                } else if (c == '\r') {
                    if (text.charAt(i + 1) != '\n') {
                        throw new IllegalStateException("bare CR outside quotes at " + i);
                    }
                    record.add(field.toString());
                    records.add(record);
                    record = new ArrayList<>();
                    field.setLength(0);
                    fieldStart = true;
                    i += 2;
                } else if (c == '"' || c == '\n') {
                    throw new IllegalStateException("unquoted " + (c == '"' ? "quote" : "LF") + " at " + i);
                } else {
                    field.append(c);
                    fieldStart = false;
                    i++;
                }
            }
            if (!record.isEmpty() || field.length() > 0) {
                throw new IllegalStateException("last record does not end in CRLF");
            }
            return records;
        }
    }
}
