package nl.claimdesk.payout;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import nl.claimdesk.payout.internal.reconciliation.BankReports;
import org.jspecify.annotations.Nullable;

/** The bank's reports as a bank writes them, a pain.002 with one or more statuses and a camt.054 with a return. */
public final class TestBankReports {

    private TestBankReports() {}

    /** Imports the report as a finance member would upload it. */
    public static BankReports.Result importReport(BankReports reports, String xml) {
        byte[] bytes = xml.getBytes(StandardCharsets.UTF_8);
        return reports.importReport(() -> new ByteArrayInputStream(bytes), UUID.randomUUID(), null)
                .orElseThrow();
    }

    /** A pain.002 with one status; more go where the comment {@code <!--more-->} is. */
    public static String pain002(String endToEndId, String status, @Nullable String reason) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
                  <CstmrPmtStsRpt>
                    <GrpHdr><MsgId>STS-1</MsgId><CreDtTm>2026-12-08T09:00:00</CreDtTm></GrpHdr>
                    <OrgnlGrpInfAndSts><OrgnlMsgId>M1</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId></OrgnlGrpInfAndSts>
                    <OrgnlPmtInfAndSts>
                      <OrgnlPmtInfId>P1</OrgnlPmtInfId>
                      %s<!--more-->
                    </OrgnlPmtInfAndSts>
                  </CstmrPmtStsRpt>
                </Document>""".formatted(transaction(endToEndId, status, reason));
    }

    public static String transaction(String endToEndId, String status, @Nullable String reason) {
        String why = reason == null ? "" : "<StsRsnInf><Rsn><Cd>" + reason + "</Cd></Rsn></StsRsnInf>";
        return "<TxInfAndSts><OrgnlEndToEndId>" + endToEndId + "</OrgnlEndToEndId><TxSts>" + status + "</TxSts>" + why
                + "</TxInfAndSts>";
    }

    /** A camt.054 that reports the payment returned with the reason code. */
    public static String camt054(String endToEndId, String reason) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
                  <BkToCstmrDbtCdtNtfctn>
                    <GrpHdr><MsgId>NTF-1</MsgId><CreDtTm>2026-12-10T09:00:00</CreDtTm></GrpHdr>
                    <Ntfctn><Id>N1</Id>
                      <Ntry><Amt Ccy="EUR">7.50</Amt><CdtDbtInd>CRDT</CdtDbtInd>
                        <NtryDtls><TxDtls>
                          <Refs><EndToEndId>%s</EndToEndId></Refs>
                          <RtrInf><Rsn><Cd>%s</Cd></Rsn></RtrInf>
                        </TxDtls></NtryDtls>
                      </Ntry>
                    </Ntfctn>
                  </BkToCstmrDbtCdtNtfctn>
                </Document>""".formatted(endToEndId, reason);
    }
}
