@NullMarked
package nl.claimdesk.news.web;

import org.jspecify.annotations.NullMarked;
