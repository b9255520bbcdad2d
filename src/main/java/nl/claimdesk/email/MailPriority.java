package nl.claimdesk.email;

/** Transactional mail (verification, login, confirmations) always goes before bulk mail (news updates). */
public enum MailPriority {
    TRANSACTIONAL,
    BULK
}
