package nl.claimdesk.payout.internal.sepa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** The pain.001 file validates against the EPC schema, with names as people write them and long remittance texts. */
class Pain001WriterTest {

    private static final Pain001Writer.Header HEADER = new Pain001Writer.Header(
            "M0123456789abcdef0123456789abcdef",
            "P0123456789abcdef0123456789abcdef",
            LocalDateTime.of(2026, 12, 7, 14, 30, 5),
            LocalDate.of(2026, 12, 9),
            3,
            1_000_000_01L,
            "Stichting Take Back Your Privacy",
            "NL91ABNA0417164300",
            "ABNANL2A");

    @Test
    void aFileWithDiacriticsAndLongTextsValidatesAndCountsRight() {
        List<CreditTransfer> transfers = List.of(
                new CreditTransfer("E1", 1, "Zoë Ørsted-Çelik", "DE89370400440532013000", "Vergoeding TikTok-claim"),
                new CreditTransfer(
                        "E2",
                        999_999_99L,
                        "Jürgen Groß & Søn <3>",
                        "FR1420041010050500013M02606",
                        "Vergoeding voor Łukasz Ñúñez, ".repeat(10)),
                new CreditTransfer("E3", 1, "A".repeat(100), "NL91ABNA0417164300", "x"));

        byte[] file = write(HEADER, transfers);
        PainSchema.check(file);

        Document xml = Jsoup.parse(new String(file, StandardCharsets.UTF_8), Parser.xmlParser());
        assertThat(xml.select("GrpHdr > NbOfTxs").text()).isEqualTo("3");
        assertThat(xml.select("GrpHdr > CtrlSum").text()).isEqualTo("1000000.01");
        assertThat(xml.select("PmtInf > CtrlSum").text()).isEqualTo("1000000.01");
        assertThat(xml.select("InstdAmt").eachText()).containsExactly("0.01", "999999.99", "0.01");
        assertThat(xml.select("Cdtr > Nm").eachText())
                .containsExactly("Zoe Orsted-Celik", "Jurgen Gross Son 3", "A".repeat(70));
        String remittance = xml.select("Ustrd").get(1).text();
        assertThat(remittance).hasSizeLessThanOrEqualTo(140).startsWith("Vergoeding voor Lukasz Nunez, ");
        assertThat(xml.select("EndToEndId").eachText()).containsExactly("E1", "E2", "E3");
    }

    @Test
    void aHeaderThatCountsOtherwiseThanTheTransfersIsRefused() {
        assertThatThrownBy(() ->
                        write(HEADER, List.of(new CreditTransfer("E1", 1, "Zoe", "NL91ABNA0417164300", "Vergoeding"))))
                .hasMessageContaining("counts 3 payments, but 1 came");
    }

    @Test
    void aLargeFileReachesItsStreamInBlocksAndWhole() {
        int payments = 2_000;
        Pain001Writer.Header header = new Pain001Writer.Header(
                HEADER.messageId(),
                HEADER.paymentInfoId(),
                HEADER.createdAt(),
                HEADER.executionDate(),
                payments,
                payments * 12_50L,
                HEADER.debtorName(),
                HEADER.debtorIban(),
                HEADER.debtorBic());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int[] writes = {0};
        OutputStream counting = new OutputStream() {
            @Override
            public void write(int b) {
                writes[0]++;
                bytes.write(b);
            }

            @Override
            public void write(byte[] b, int offset, int length) {
                writes[0]++;
                bytes.write(b, offset, length);
            }
        };

        Pain001Writer writer = Pain001Writer.start(counting, header);
        for (int i = 0; i < payments; i++) {
            writer.add(new CreditTransfer("E" + i, 12_50L, "Noor de Vries", "NL91ABNA0417164300", "Vergoeding"));
        }
        writer.finish();

        PainSchema.check(bytes.toByteArray());
        assertThat(writes[0])
                .as("one write per block of %d bytes, not per element", Pain001Writer.BUFFER_BYTES)
                .isLessThanOrEqualTo(bytes.size() / Pain001Writer.BUFFER_BYTES + 1);
    }

    private static byte[] write(Pain001Writer.Header header, List<CreditTransfer> transfers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Pain001Writer writer = Pain001Writer.start(out, header);
        transfers.forEach(writer::add);
        writer.finish();
        return out.toByteArray();
    }
}
