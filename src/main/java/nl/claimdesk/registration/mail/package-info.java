/**
 * The mails of signing up, put together by one builder, and the paths of the links they carry.
 */
@NullMarked
package nl.claimdesk.registration.mail;

import org.jspecify.annotations.NullMarked;
