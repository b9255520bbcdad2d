/** Campaign definition files and what is made of them: the reader, the importer, the demo campaigns, stored content. */
@NullMarked
package nl.claimdesk.campaign.internal;

import org.jspecify.annotations.NullMarked;
