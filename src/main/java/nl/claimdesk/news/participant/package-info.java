@NullMarked
package nl.claimdesk.news.participant;

import org.jspecify.annotations.NullMarked;
