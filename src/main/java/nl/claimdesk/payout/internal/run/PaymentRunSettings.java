package nl.claimdesk.payout.internal.run;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The foundation's paying account and how payment files are cut.
 *
 * @param debtorName the name of the paying foundation in the payment files (at most 70 characters)
 * @param debtorIban the IBAN the payments are made from
 * @param debtorBic the BIC of the paying bank
 * @param maxTransactionsPerFile payments per pain.001 file; a run with more is split into several files
 * @param executionDays working days between approving a run and the requested execution date
 */
@ConfigurationProperties("claimdesk.payout.runs")
@Validated
public record PaymentRunSettings(
        @DefaultValue("Stichting Claimdesk Demo") @NotBlank @Size(max = 70)
        String debtorName,

        @DefaultValue("NL91ABNA0417164300") @Pattern(regexp = "[A-Z]{2}[0-9]{2}[A-Z0-9]{1,30}")
        String debtorIban,

        @DefaultValue("ABNANL2A") @Pattern(regexp = "[A-Z0-9]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")
        String debtorBic,

        @DefaultValue("10000") @Min(1) @Max(1_000_000) int maxTransactionsPerFile,
        @DefaultValue("1") @Min(0) @Max(30) int executionDays) {}
