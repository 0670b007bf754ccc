package org.castpb.api.evaluation;

/**
 * Which results of a campaign to list.
 *
 * @param outcome      only this outcome, null for all
 * @param regionPrefix only societies whose region code starts with this, null or empty for all
 * @param vetoed       only vetoed (true) or not vetoed (false) societies, null for all
 * @param offset       first row, from 0
 * @param limit        rows per page, 1 to 500
 */
public record ResultQuery(Outcome outcome, String regionPrefix, Boolean vetoed, int offset, int limit) {

    public static ResultQuery all() {
        return new ResultQuery(null, null, null, 0, 50);
    }
}
