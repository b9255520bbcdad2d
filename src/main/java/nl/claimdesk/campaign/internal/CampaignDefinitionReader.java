package nl.claimdesk.campaign.internal;

import java.io.IOException;
import java.io.InputStream;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Reads campaign definition files (YAML). Unknown keys are errors, so a misspelt text name is never lost. */
final class CampaignDefinitionReader {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CampaignDefinitionReader() {}

    static CampaignDefinition read(InputStream yaml) throws IOException {
        return YAML.readValue(yaml, CampaignDefinition.class);
    }
}
