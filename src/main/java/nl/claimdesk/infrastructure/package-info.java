/**
 * What every module may use and that is no page: secrets and sealed cookies, pseudonyms, rate limits, job locks, the
 * database mode, the trusted proxies, the logged-in staff member and the security events. It renders nothing and
 * depends on no other module but {@code shared}; the page frames live in {@code web}. See docs/adr/0033.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.claimdesk.infrastructure;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
