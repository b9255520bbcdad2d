package nl.claimdesk.campaign.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.campaign.CampaignId;
import nl.claimdesk.shared.Ids;
import nl.claimdesk.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents of campaigns' foundation pages ({@code campaign_document}). Lists and look-ups leave the bytes out;
 * only {@link #file} reads them. A removed document is deleted: it is no longer served, and the audit log keeps
 * what it was.
 */
@Repository
public class FoundationDocuments {

    private static final String COLUMNS =
            "id, kind, title_nl, title_en, document_date, language, size_bytes, sha256, row_version";

    private final JdbcClient jdbc;
    private final Clock clock;

    FoundationDocuments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A campaign's documents by kind, newest first within a kind. */
    public List<FoundationDocument> of(CampaignId campaign) {
        return jdbc
                .sql("select " + COLUMNS + " from campaign_document where campaign_id = ?"
                        + " order by document_date desc, title_nl")
                .param(campaign.value())
                .query(FoundationDocuments::document)
                .list()
                .stream()
                .sorted(Comparator.comparing(FoundationDocument::kind))
                .toList();
    }

    public Optional<FoundationDocument> find(CampaignId campaign, UUID id) {
        return jdbc.sql("select " + COLUMNS + " from campaign_document where campaign_id = ? and id = ?")
                .params(campaign.value(), id)
                .query(FoundationDocuments::document)
                .optional();
    }

    /** The bytes of a document, or empty when the campaign has no such document (any more). */
    public Optional<byte[]> file(CampaignId campaign, UUID id) {
        return jdbc.sql("select content from campaign_document where campaign_id = ? and id = ?")
                .params(campaign.value(), id)
                .query((rs, row) -> rs.getBytes("content"))
                .optional();
    }

    public UUID add(CampaignId campaign, FoundationDocument.Description description, PdfFile file) {
        UUID id = Ids.newId();
        jdbc.sql("""
                        insert into campaign_document (id, campaign_id, kind, title_nl, title_en, document_date,
                            language, size_bytes, sha256, content, uploaded_at, row_version)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)""")
                .params(
                        id,
                        campaign.value(),
                        description.kind().name(),
                        description.title().get(Language.NL),
                        description.title().get(Language.EN),
                        description.date(),
                        description.language().code(),
                        file.size(),
                        file.sha256(),
                        file.bytes(),
                        OffsetDateTime.now(clock))
                .update();
        return id;
    }

    /**
     * Changes the description and, when {@code file} is given, replaces the file; only if the document is still at
     * {@code expectedVersion}.
     *
     * @return whether it was
     */
    public boolean change(
            CampaignId campaign,
            UUID id,
            long expectedVersion,
            FoundationDocument.Description description,
            @Nullable PdfFile file) {
        int updated = jdbc.sql("""
                        update campaign_document set kind = ?, title_nl = ?, title_en = ?, document_date = ?,
                            language = ?, row_version = row_version + 1
                        where campaign_id = ? and id = ? and row_version = ?""")
                .params(
                        description.kind().name(),
                        description.title().get(Language.NL),
                        description.title().get(Language.EN),
                        description.date(),
                        description.language().code(),
                        campaign.value(),
                        id,
                        expectedVersion)
                .update();
        if (updated == 1 && file != null) {
            jdbc.sql("""
                            update campaign_document set size_bytes = ?, sha256 = ?, content = ?, uploaded_at = ?
                            where id = ?""")
                    .params(file.size(), file.sha256(), file.bytes(), OffsetDateTime.now(clock), id)
                    .update();
        }
        return updated == 1;
    }

    /** @return whether the document was still at {@code expectedVersion}, and so removed */
    public boolean remove(CampaignId campaign, UUID id, long expectedVersion) {
        return jdbc.sql("delete from campaign_document where campaign_id = ? and id = ? and row_version = ?")
                        .params(campaign.value(), id, expectedVersion)
                        .update()
                == 1;
    }

    private static FoundationDocument document(ResultSet rs, int row) throws SQLException {
        Map<Language, String> title = new EnumMap<>(Language.class);
        title.put(Language.NL, rs.getString("title_nl"));
        title.put(Language.EN, rs.getString("title_en"));
        return new FoundationDocument(
                rs.getObject("id", UUID.class),
                DocumentKind.valueOf(rs.getString("kind")),
                Map.copyOf(title),
                rs.getObject("document_date", LocalDate.class),
                Language.fromCode(rs.getString("language")).orElseThrow(),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getLong("row_version"));
    }
}
