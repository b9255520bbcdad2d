@NullMarked
package nl.claimdesk.news.view;

import org.jspecify.annotations.NullMarked;
