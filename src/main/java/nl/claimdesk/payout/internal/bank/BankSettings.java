package nl.claimdesk.payout.internal.bank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The claimants' bank details.
 *
 * @param ibanKeys keys that encrypt the stored IBANs, "id:key,id:key", each key 32 random bytes in base64; the first
 *     encrypts, the others only decrypt what they encrypted before; empty: a demo key kept in the database, refused
 *     under prod
 */
@ConfigurationProperties("claimdesk.payout.bank")
@Validated
public record BankSettings(@DefaultValue("") String ibanKeys) {}
