@NullMarked
package nl.claimdesk.news.backoffice;

import org.jspecify.annotations.NullMarked;
