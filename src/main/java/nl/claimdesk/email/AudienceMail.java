package nl.claimdesk.email;

/**
 * Conditions on the recipients of a bulk mailing that this module decides, as SQL another module embeds in its own
 * query (docs/adr/0041): the news preference and the undeliverable addresses.
 */
public final class AudienceMail {

    private AudienceMail() {}

    /** True unless the account {@code accountColumn} turned news updates off. */
    public static String wantsNews(String accountColumn) {
        return " not exists (select 1 from mail_preference p where p.account_id = " + accountColumn
                + " and p.news = false) ";
    }

    /** True unless the normalised address {@code addressColumn} is known to be undeliverable. */
    public static String deliverable(String addressColumn) {
        return " not exists (select 1 from undeliverable_address u where u.address = " + addressColumn + ") ";
    }
}
