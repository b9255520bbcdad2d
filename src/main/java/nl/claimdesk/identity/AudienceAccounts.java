package nl.claimdesk.identity;

/**
 * The accounts a mailing of another module may write to, as SQL it embeds in its own query, so that only this module
 * knows the account table (docs/adr/0041). An erased account keeps no address that reaches anybody.
 */
public final class AudienceAccounts {

    private AudienceAccounts() {}

    /**
     * A join clause that adds the alias {@code alias} with the columns {@code email} and {@code email_normalised}
     * for the account {@code accountColumn}, and drops erased accounts.
     */
    public static String join(String alias, String accountColumn) {
        return " join account " + alias + " on " + alias + ".id = " + accountColumn + " and " + alias
                + ".email_normalised not like 'erased-%@invalid' ";
    }
}
