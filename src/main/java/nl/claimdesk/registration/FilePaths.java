package nl.claimdesk.registration;

import java.util.UUID;

/**
 * Where a participant's file lives in the back office: the one place its paths are written. The file's pages are
 * spread over the controllers that show it and act on it; they all map and link through here.
 */
public final class FilePaths {

    /** Every page of every file: what the participants' section lets case handlers use. */
    public static final String ROUTES = "/backoffice/files/**";

    /** A file's page, with the registration as path variable; the file's actions map below it. */
    public static final String FILE = "/backoffice/files/{registration}";

    private static final String FILES = "/backoffice/files/";

    private FilePaths() {}

    /** The file of the registration. */
    public static String of(UUID registration) {
        return FILES + registration;
    }

    /** A page of the file, e.g. {@code /mail}. */
    public static String of(UUID registration, String page) {
        return of(registration) + page;
    }
}
