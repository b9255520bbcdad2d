package nl.claimdesk.campaign;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A published class definition of a campaign. Published versions are never changed: a changed definition is a new
 * version with the next number, and the one with the highest number is current.
 */
public record ClassVersion(CampaignId campaign, int number, ClassVersionDraft definition, OffsetDateTime publishedAt) {

    public ClassCriteria criteria() {
        return definition.criteria();
    }

    public List<SubClass> subClasses() {
        return definition.subClasses();
    }

    public CourtSource source() {
        return definition.source();
    }

    public Optional<SubClass> subClass(String code) {
        return subClasses().stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
