package nl.claimdesk.campaign;

import java.util.Optional;

/**
 * The named texts a campaign has in each language. The page layout decides where each appears; the campaign only
 * supplies the words. Plain blocks are short texts printed escaped; the others are Markdown.
 */
public enum ContentBlock {
    NAME("name", true),
    TAGLINE("tagline", true),
    INTRO("intro", false),
    WHAT_IS_WRONG("whatIsWrong", false),
    COMPLAINTS("complaints", false),
    DEMANDS("demands", false),
    WHAT_WE_DO("whatWeDo", false),
    QUOTE("quote", true),
    QUOTE_AUTHOR("quoteAuthor", true),
    SIGN_UP_CALL("signUpCall", false),
    STATUS_NOTE("statusNote", false),
    GOOD_TO_KNOW("goodToKnow", false),
    HOW_IT_WORKS("howItWorks", false),
    STEP_1_TITLE("step1Title", true),
    STEP_1_BODY("step1Body", false),
    STEP_2_TITLE("step2Title", true),
    STEP_2_BODY("step2Body", false),
    STEP_3_TITLE("step3Title", true),
    STEP_3_BODY("step3Body", false),
    PRIVACY_CONTROLLERS("privacyControllers", false),
    PRIVACY_PURPOSES("privacyPurposes", false),
    PRIVACY_DATA("privacyData", false),
    PRIVACY_RETENTION("privacyRetention", false),
    PRIVACY_RIGHTS("privacyRights", false),
    PRIVACY_CONTACT("privacyContact", false),
    FOUNDATION_ABOUT("foundationAbout", false),
    FOUNDATION_STATUTES("foundationStatutes", false),
    FOUNDATION_GOVERNANCE("foundationGovernance", false),
    FOUNDATION_BOARD_PAY("foundationBoardPay", false),
    FOUNDATION_REPORTS("foundationReports", false),
    FOUNDATION_PROCEEDINGS("foundationProceedings", false),
    FOUNDATION_CONTRIBUTION("foundationContribution", false),
    FOUNDATION_JOIN_LEAVE("foundationJoinLeave", false);

    private final String key;
    private final boolean plain;

    ContentBlock(String key, boolean plain) {
        this.key = key;
        this.plain = plain;
    }

    /** The name used in campaign definition files. */
    public String key() {
        return key;
    }

    public boolean plain() {
        return plain;
    }

    public static Optional<ContentBlock> fromKey(String key) {
        for (ContentBlock block : values()) {
            if (block.key.equals(key)) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }
}
