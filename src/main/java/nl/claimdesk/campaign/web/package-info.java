/** The public campaign site: the home page and each campaign's pages. */
@NullMarked
package nl.claimdesk.campaign.web;

import org.jspecify.annotations.NullMarked;
