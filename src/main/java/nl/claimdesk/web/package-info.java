/**
 * The shell of the public site: language routing, the page frame every template is rendered in, security
 * headers and access rules for the public namespace, error pages, and the start-up checks on the database.
 */
@NullMarked
package nl.claimdesk.web;

import org.jspecify.annotations.NullMarked;
