package nl.claimdesk.payout.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The bank accounts waiting for a name check, or held by one that did not match. */
public record BankAccountQueueView(@Nullable String notice, List<Row> rows) {

    /** @param check the recorded name check, or a dash */
    public record Row(
            String confirmedOn, String holderName, String account, String holder, String check, String href) {}
}
