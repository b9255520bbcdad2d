@NullMarked
package nl.claimdesk.news.internal;

import org.jspecify.annotations.NullMarked;
