package nl.claimdesk.audit;

/** Who did something: a participant (by account id), a staff member, or the system itself (a scheduled job). */
public record Actor(Kind kind, String id) {

    public enum Kind {
        PARTICIPANT,
        STAFF,
        SYSTEM
    }

    public static Actor participant(Object accountId) {
        return new Actor(Kind.PARTICIPANT, accountId.toString());
    }

    public static Actor staff(Object staffId) {
        return new Actor(Kind.STAFF, staffId.toString());
    }

    public static Actor system(String job) {
        return new Actor(Kind.SYSTEM, job);
    }
}
