package nl.claimdesk.email;

/** The bodies of a mail, ready to send. */
record RenderedMail(String subject, String text, String html) {}
