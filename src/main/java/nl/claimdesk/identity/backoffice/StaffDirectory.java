package nl.claimdesk.identity.backoffice;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.claimdesk.audit.StaffNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Who staff members are, by id or address, for pages that show what staff did (the audit log). */
@Component
class StaffDirectory implements StaffNames {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<UUID, StaffName> names(Collection<UUID> ids) {
        Map<UUID, StaffName> names = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        List<UUID> distinct = ids.stream().distinct().toList();
        jdbc.sql("select id, name, email from staff_account where id in (:ids)")
                .param("ids", distinct)
                .query((rs, row) ->
                        new StaffName(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("email")))
                .list()
                .forEach(member -> names.put(member.id(), member));
        return names;
    }

    @Override
    public Optional<UUID> idByEmail(String email) {
        return jdbc.sql("select id from staff_account where email_normalised = ?")
                .param(email.strip().toLowerCase(Locale.ROOT))
                .query(UUID.class)
                .optional();
    }
}
