/**
 * The frame of back-office pages: the page record, its navigation and the sections that fill it. A module that builds
 * back-office screens depends on this named interface explicitly. See docs/adr/0033.
 */
@NullMarked
@NamedInterface("backoffice")
package nl.claimdesk.web.backoffice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
