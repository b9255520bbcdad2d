package nl.claimdesk.payout.internal.sepa;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/** The EPC's pain.001.001.09 schema for SCT, as kept in the repository; {@link #check} throws on an invalid file. */
public final class PainSchema {

    private static final Schema SCHEMA = load();

    private PainSchema() {}

    public static void check(byte[] file) {
        try {
            SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
        } catch (SAXException | IOException e) {
            throw new AssertionError("The payment file does not validate against the schema: " + e.getMessage(), e);
        }
    }

    private static Schema load() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            return factory.newSchema(
                    PainSchema.class.getResource("/payout/pain.001.001.09-EPC132-08-2023-SCT-C2PSP.xsd"));
        } catch (SAXException e) {
            throw new IllegalStateException(e);
        }
    }
}
