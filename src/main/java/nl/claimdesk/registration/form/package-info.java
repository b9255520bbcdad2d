/**
 * The constraints of the registration's forms, where a rule is the domain's rather than Bean Validation's own: a
 * date of birth typed in three fields, a person's name, an email address. Each constraint's message is a message key
 * (or, for a date, the start of one), which {@code FormErrors.of} looks up in the page's language.
 */
@NullMarked
package nl.claimdesk.registration.form;

import org.jspecify.annotations.NullMarked;
