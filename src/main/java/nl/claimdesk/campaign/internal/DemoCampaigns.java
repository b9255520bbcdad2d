package nl.claimdesk.campaign.internal;

import java.io.IOException;
import java.io.InputStream;
import nl.claimdesk.campaign.CampaignSites;
import nl.claimdesk.infrastructure.BeforeServing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Imports the bundled demo campaigns ({@code campaigns/*.yaml}) at start-up, before the site opens, when demo content
 * is switched on, unless a campaign with the same slug already exists. Nodes starting together may race; the unique slug lets one win.
 * A campaign already stored is left alone (see ADR 0019).
 */
@Component
@ConditionalOnBooleanProperty("claimdesk.demo-content")
public class DemoCampaigns extends BeforeServing {

    private static final Logger log = LoggerFactory.getLogger(DemoCampaigns.class);

    private final CampaignImporter importer;
    private final CampaignSites sites;

    DemoCampaigns(CampaignImporter importer, CampaignSites sites) {
        this.importer = importer;
        this.sites = sites;
    }

    @Override
    public int getPhase() {
        return CONTENT;
    }

    @Override
    protected void prepare() throws IOException {
        Resource[] definitions = new PathMatchingResourcePatternResolver().getResources("classpath:campaigns/*.yaml");
        for (Resource resource : definitions) {
            CampaignDefinition definition;
            try (InputStream in = resource.getInputStream()) {
                definition = CampaignDefinitionReader.read(in);
            }
            importUnlessPresent(definition);
        }
        sites.reload();
    }

    /**
     * Imports the campaign only if its slug is new. A stored campaign is never overwritten from its file: editors may
     * have changed its content in the back office since, and the database is where that content lives now.
     */
    public void importUnlessPresent(CampaignDefinition definition) {
        if (importer.exists(definition.slug())) {
            log.info(
                    "Demo campaign '{}' is already stored; its definition file is not applied again, so edits made in"
                            + " the back office are kept",
                    definition.slug());
            return;
        }
        try {
            importer.importDefinition(definition);
            log.info("Imported demo campaign '{}'", definition.slug());
        } catch (DuplicateKeyException raceLost) {
            log.info("Demo campaign '{}' was imported by another node", definition.slug());
        }
    }
}
