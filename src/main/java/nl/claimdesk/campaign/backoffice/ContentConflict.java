package nl.claimdesk.campaign.backoffice;

/**
 * A save or delete based on a version that is no longer the stored one: someone else saved (or deleted) the item
 * after the editor opened it. Nothing was changed.
 */
class ContentConflict extends RuntimeException {

    ContentConflict(String what) {
        super(what + " was changed by someone else in the meantime");
    }
}
