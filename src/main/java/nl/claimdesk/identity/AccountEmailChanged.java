package nl.claimdesk.identity;

import nl.claimdesk.shared.EmailAddress;

/**
 * The account's address was replaced: confirmed by its owner, or erased on their request. Published in the
 * transaction of the change, so listeners that keep a copy of the address change it together with the account.
 */
public record AccountEmailChanged(AccountId account, EmailAddress email) {}
