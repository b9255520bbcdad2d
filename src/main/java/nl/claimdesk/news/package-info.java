/**
 * News: mailings to the participants of a campaign, news updates (which honour the news preference) and
 * court-ordered legal notices (which reach everyone concerned), with their frozen recipients, their throttled delivery
 * by the email module's workers and the one-click unsubscribe. docs/adr/0041 and 0042.
 */
@NullMarked
package nl.claimdesk.news;

import org.jspecify.annotations.NullMarked;
