package nl.claimdesk.payout;

import java.util.UUID;
import nl.claimdesk.payout.internal.run.PaymentRuns;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** An approved payment run over what is payable under an allocation's settlement, made by two different members. */
public final class TestPaymentRuns {

    private TestPaymentRuns() {}

    public static UUID approved(ApplicationContext context, JdbcClient jdbc, UUID allocation) {
        PaymentRuns runs = context.getBean(PaymentRuns.class);
        UUID settlement = jdbc.sql("select settlement_id from allocation where id = ?")
                .param(allocation)
                .query(UUID.class)
                .single();
        UUID run = runs.create(settlement, UUID.randomUUID(), null).orElseThrow();
        if (runs.approve(run, UUID.randomUUID(), null).isPresent()) {
            throw new IllegalStateException("a second member's approval was refused");
        }
        return run;
    }

    /** The EndToEndId of the claimant's payment in the run. */
    public static String endToEndId(JdbcClient jdbc, UUID run, UUID claimant) {
        return jdbc.sql("select end_to_end_id from payment where run_id = ? and claimant_id = ?")
                .params(run, claimant)
                .query(String.class)
                .single();
    }
}
