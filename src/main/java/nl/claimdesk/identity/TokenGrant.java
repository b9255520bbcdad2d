package nl.claimdesk.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a consumed one-time link proved: who it was for, and the thing it concerned (e.g. a registration). */
public record TokenGrant(AccountId account, @Nullable UUID subject) {}
