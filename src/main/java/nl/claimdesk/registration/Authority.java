package nl.claimdesk.registration;

/** What the registrant declared to hold over a minor they register (docs/adr/0047). */
public enum Authority {
    /** A parent with parental authority ("ouderlijk gezag"). */
    PARENT,
    /** A guardian appointed by the court ("voogdij"). */
    GUARDIAN
}
