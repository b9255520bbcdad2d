package nl.claimdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageFiguresTest {

    private static final String HEADER = "GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,"
            + "BRANCH_COVERED,LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,METHOD_MISSED,METHOD_COVERED";

    @Test
    void eachModuleSumsItsSubPackagesAndTheTotalSumsTheModules() {
        String table = CoverageFigures.table(
                List.of(
                        HEADER,
                        "claimdesk,nl.claimdesk.email,Outbox,0,0,1,3,10,30,0,0,0,0",
                        "claimdesk,nl.claimdesk.email.view,MailView,0,0,0,0,0,10,0,0,0,0",
                        "claimdesk,nl.claimdesk.audit.internal,AuditStore,0,0,2,2,5,5,0,0,0,0",
                        "claimdesk,nl.claimdesk,ClaimdeskApplication,0,0,0,0,1,1,0,0,0,0"),
                "h2");

        assertThat(table.lines()).first().isEqualTo("Coverage per module (h2)");
        assertThat(table.lines().map(line -> line.replaceAll(" +", " ")))
                .contains("email 80.0% 75.0%", "audit 50.0% 50.0%", "(application) 50.0% -", "total 74.2% 62.5%");
    }
}
