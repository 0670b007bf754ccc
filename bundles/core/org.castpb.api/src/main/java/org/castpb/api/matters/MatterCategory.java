package org.castpb.api.matters;

/** What kind of major matter: 重大决策, 重要人事任免, 大额经费支出, 大额捐赠, 涉外活动. */
public enum MatterCategory {
    MAJOR_DECISION, IMPORTANT_PERSONNEL, LARGE_EXPENDITURE, LARGE_DONATION, FOREIGN_RELATED;

    /** Whether the category is major only from an amount on (the rule set's threshold). */
    public boolean hasThreshold() {
        return this == LARGE_EXPENDITURE || this == LARGE_DONATION;
    }
}
