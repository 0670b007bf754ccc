package org.castpb.api;

/** The record changed since the caller read it. Code {@code VERSION_CONFLICT}. */
public class StaleVersionException extends CastpbException {
    private static final long serialVersionUID = 1L;
    public static final String CODE = "VERSION_CONFLICT";
    private final long currentVersion;

    public StaleVersionException(long expectedVersion, long currentVersion) {
        super(CODE, "the record is at version " + currentVersion + ", not " + expectedVersion
                + ": read it again and repeat the change", currentVersion, expectedVersion);
        this.currentVersion = currentVersion;
    }

    private StaleVersionException(String message) {
        super(CODE, message);
        this.currentVersion = -1;
    }

    /** Two writers changed the record at the same moment; the other one won. */
    public static StaleVersionException concurrentChange() {
        return new StaleVersionException("the record was changed by someone else at the same time: read it again and repeat the change");
    }

    /** The record's current version, or -1 when unknown. */
    public long currentVersion() {
        return currentVersion;
    }
}
