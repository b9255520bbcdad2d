package nl.claimdesk.registration.internal.keys;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;

/**
 * A migration written in Java because it computes keys exactly as the application does ({@link SearchKeys},
 * {@link ClaimantIdentity}), which SQL on H2 cannot. It runs in the migration's transaction and has no checksum: its
 * code may be refactored without Flyway taking it for a changed migration.
 */
abstract class KeysMigration implements JavaMigration {

    private final MigrationVersion version;
    private final String description;

    KeysMigration(String version, String description) {
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public @Nullable Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
