package nl.claimdesk.payout.internal.sepa;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one SEPA Credit Transfer initiation file (ISO 20022 {@code pain.001.001.09}, the EPC's SCT customer-to-bank
 * subset) with StAX, one transaction at a time, so memory stays the same for ten payments or a million. The group
 * header needs the count and the control sum before the first transaction: the caller knows them from the database.
 */
public final class Pain001Writer {

    public static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    static final int NAME_LENGTH = 70;
    static final int REMITTANCE_LENGTH = 140;

    /** StAX hands its output every tag and text on its own: a few hundred writes per payment without a buffer. */
    static final int BUFFER_BYTES = 64 * 1024;

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    /**
     * What the file says about itself and the paying account.
     *
     * @param createdAt the moment the run was approved: writing the file again gives the same bytes
     */
    public record Header(
            String messageId,
            String paymentInfoId,
            LocalDateTime createdAt,
            LocalDate executionDate,
            int transactions,
            long controlSumCents,
            String debtorName,
            String debtorIban,
            String debtorBic) {}

    private final Writer output;
    private final XMLStreamWriter xml;
    private final Header header;
    private int written;

    private Pain001Writer(Writer output, XMLStreamWriter xml, Header header) {
        this.output = output;
        this.xml = xml;
        this.header = header;
    }

    /**
     * Writes the file's header and the payment information block's, up to the first transaction. What is written
     * reaches {@code out} in blocks, the last at {@link #finish}.
     */
    public static Pain001Writer start(OutputStream out, Header header) {
        try {
            // A character writer, not the byte stream: given a stream, the JDK's StAX encodes UTF-8 itself, a character
            // and a write call at a time, which took half the CPU of writing a file of a million payments.
            Writer output = new OutputStreamWriter(new BufferedOutputStream(out, BUFFER_BYTES), StandardCharsets.UTF_8);
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(output);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("Document");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeStartElement("CstmrCdtTrfInitn");
            groupHeader(xml, header);
            xml.writeStartElement("PmtInf");
            text(xml, "PmtInfId", header.paymentInfoId());
            text(xml, "PmtMtd", "TRF");
            text(xml, "NbOfTxs", Integer.toString(header.transactions()));
            text(xml, "CtrlSum", euros(header.controlSumCents()));
            xml.writeStartElement("PmtTpInf");
            xml.writeStartElement("SvcLvl");
            text(xml, "Cd", "SEPA");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement("ReqdExctnDt");
            text(xml, "Dt", header.executionDate().toString());
            xml.writeEndElement();
            party(xml, "Dbtr", header.debtorName());
            account(xml, "DbtrAcct", header.debtorIban());
            xml.writeStartElement("DbtrAgt");
            xml.writeStartElement("FinInstnId");
            text(xml, "BICFI", header.debtorBic());
            xml.writeEndElement();
            xml.writeEndElement();
            text(xml, "ChrgBr", "SLEV");
            return new Pain001Writer(output, xml, header);
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    public void add(CreditTransfer transfer) {
        try {
            transaction(xml, transfer);
            written++;
        } catch (XMLStreamException e) {
            throw failed(e);
        }
    }

    /** Closes the file; throws when the transactions written are not the ones the header counted. */
    public void finish() {
        if (written != header.transactions()) {
            throw new IllegalStateException(
                    "The file's header counts " + header.transactions() + " payments, but " + written + " came");
        }
        try {
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
            xml.close();
            output.flush();
        } catch (XMLStreamException e) {
            throw failed(e);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing the payment file failed", e);
        }
    }

    private static IllegalStateException failed(XMLStreamException e) {
        return new IllegalStateException("Writing the payment file failed", e);
    }

    private static void groupHeader(XMLStreamWriter xml, Header header) throws XMLStreamException {
        xml.writeStartElement("GrpHdr");
        text(xml, "MsgId", header.messageId());
        text(xml, "CreDtTm", header.createdAt().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        text(xml, "NbOfTxs", Integer.toString(header.transactions()));
        text(xml, "CtrlSum", euros(header.controlSumCents()));
        party(xml, "InitgPty", header.debtorName());
        xml.writeEndElement();
    }

    private static void transaction(XMLStreamWriter xml, CreditTransfer transfer) throws XMLStreamException {
        xml.writeStartElement("CdtTrfTxInf");
        xml.writeStartElement("PmtId");
        text(xml, "EndToEndId", transfer.endToEndId());
        xml.writeEndElement();
        xml.writeStartElement("Amt");
        xml.writeStartElement("InstdAmt");
        xml.writeAttribute("Ccy", "EUR");
        xml.writeCharacters(euros(transfer.amountCents()));
        xml.writeEndElement();
        xml.writeEndElement();
        party(xml, "Cdtr", transfer.creditorName());
        account(xml, "CdtrAcct", transfer.creditorIban());
        xml.writeStartElement("RmtInf");
        text(xml, "Ustrd", SepaText.of(transfer.remittance(), REMITTANCE_LENGTH));
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void party(XMLStreamWriter xml, String element, String name) throws XMLStreamException {
        xml.writeStartElement(element);
        text(xml, "Nm", SepaText.of(name, NAME_LENGTH));
        xml.writeEndElement();
    }

    private static void account(XMLStreamWriter xml, String element, String iban) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeStartElement("Id");
        text(xml, "IBAN", iban);
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    /** Integer cents as a decimal amount with two digits: 1250 → 12.50. */
    static String euros(long cents) {
        long rest = cents % 100;
        return (cents / 100) + (rest < 10 ? ".0" : ".") + rest;
    }
}
