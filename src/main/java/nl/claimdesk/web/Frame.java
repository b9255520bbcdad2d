package nl.claimdesk.web;

/** What shared template parts (form error summary, fields) need of a page frame, public or back office. */
public interface Frame {

    Texts t();

    String lang();
}
