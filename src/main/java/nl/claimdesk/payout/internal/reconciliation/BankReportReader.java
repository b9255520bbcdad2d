package nl.claimdesk.payout.internal.reconciliation;

import java.io.InputStream;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads the payment statuses out of a pain.002 (payment status report: {@code TxInfAndSts} with
 * {@code OrgnlEndToEndId}, {@code TxSts} and {@code StsRsnInf/Rsn/Cd}) or a camt.054 (debit notification:
 * {@code TxDtls} with {@code Refs/EndToEndId}, and {@code RtrInf/Rsn/Cd} when the payment came back), with StAX, one
 * transaction at a time, whatever the message's version: elements are matched by local name. External entities and
 * DTDs are refused.
 */
public final class BankReportReader {

    private static final XMLInputFactory FACTORY = factory();

    private BankReportReader() {}

    /** The kind of report, from its root's namespace; any other document is refused. */
    public enum Kind {
        PAIN002,
        CAMT054
    }

    public static Kind read(InputStream in, Consumer<PaymentStatus> statuses) throws XMLStreamException {
        XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
        Kind kind = null;
        Transaction current = null;
        String path = "";
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                path = path + "/" + name;
                if (kind == null && "Document".equals(name)) {
                    String namespace = xml.getNamespaceURI();
                    kind = namespace != null && namespace.contains("pain.002")
                            ? Kind.PAIN002
                            : namespace != null && namespace.contains("camt.054") ? Kind.CAMT054 : null;
                    if (kind == null) {
                        throw new XMLStreamException("neither a pain.002 nor a camt.054 document");
                    }
                }
                if ("TxInfAndSts".equals(name) || "TxDtls".equals(name)) {
                    current = new Transaction();
                }
            } else if (event == XMLStreamConstants.CHARACTERS && current != null) {
                current.take(path, xml.getText().strip());
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (current != null && ("TxInfAndSts".equals(name) || "TxDtls".equals(name))) {
                    PaymentStatus status = current.status();
                    if (status != null) {
                        statuses.accept(status);
                    }
                    current = null;
                }
                path = path.substring(0, path.lastIndexOf('/'));
            }
        }
        if (kind == null) {
            throw new XMLStreamException("no Document element");
        }
        return kind;
    }

    /** What one transaction block said so far. */
    private static final class Transaction {
        private @Nullable String endToEndId;
        private @Nullable String status;
        private @Nullable String reason;
        private boolean returned;

        void take(String path, String text) {
            if (text.isEmpty()) {
                return;
            }
            if (path.endsWith("/OrgnlEndToEndId") || path.endsWith("/Refs/EndToEndId")) {
                endToEndId = text;
            } else if (path.endsWith("/TxSts")) {
                status = text;
            } else if (path.endsWith("/StsRsnInf/Rsn/Cd")) {
                reason = text;
            } else if (path.endsWith("/RtrInf/Rsn/Cd")) {
                reason = text;
                returned = true;
            }
        }

        @Nullable
        PaymentStatus status() {
            if (endToEndId == null) {
                return null;
            }
            if (returned) {
                return new PaymentStatus(endToEndId, PaymentStatus.Outcome.RETURNED, reason);
            }
            if ("RJCT".equals(status)) {
                return new PaymentStatus(endToEndId, PaymentStatus.Outcome.REJECTED, reason);
            }
            return new PaymentStatus(endToEndId, PaymentStatus.Outcome.ACCEPTED, null);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }
}
