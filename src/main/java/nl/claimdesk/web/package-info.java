/**
 * The shell of the public site: language routing, the page frame every template is rendered in, security
 * headers and access rules for the public namespace, and the error pages (also the one for a database that is away).
 * The back-office frame is the named interface {@code web.backoffice}; what renders nothing is in
 * {@code infrastructure} (docs/adr/0033).
 */
@NullMarked
package nl.claimdesk.web;

import org.jspecify.annotations.NullMarked;
