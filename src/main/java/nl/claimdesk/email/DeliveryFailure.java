package nl.claimdesk.email;

/** Why a mail was not handed over, and what that means for the next attempt. */
record DeliveryFailure(String reply, Kind kind) {

    enum Kind {
        /** A 4xx reply, a broken connection or a server that is away: the mail is tried again after a pause. */
        TEMPORARY,
        /** A 5xx reply to the recipient (RCPT TO): the address is undeliverable and the mail is given up. */
        RECIPIENT_REFUSED,
        /**
         * A 5xx reply to the message itself (after DATA): this mail is given up, but the address is not to blame.
         */
        MESSAGE_REFUSED
    }

    static DeliveryFailure temporary(String reply) {
        return new DeliveryFailure(reply, Kind.TEMPORARY);
    }

    boolean permanent() {
        return kind != Kind.TEMPORARY;
    }
}
