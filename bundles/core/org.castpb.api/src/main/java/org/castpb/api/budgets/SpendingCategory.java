package org.castpb.api.budgets;

/** What party-work money was spent on. */
public enum SpendingCategory {
    /** organisational life, themed party days, activities */
    ACTIVITIES,
    /** education and training of members and party affairs workers */
    EDUCATION,
    /** rooms, equipment and other facilities (阵地建设) */
    FACILITIES,
    /** allowances of party affairs workers */
    ALLOWANCES,
    /** anything else */
    OTHER
}
