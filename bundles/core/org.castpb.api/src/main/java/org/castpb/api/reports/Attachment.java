package org.castpb.api.reports;

/**
 * A stored attachment of a report.
 *
 * @param id        its id
 * @param fileName  the file's name as given
 * @param mediaType the type its content was found to be ({@code application/pdf}, ...)
 * @param size      its size in bytes
 */
public record Attachment(long id, String fileName, String mediaType, long size) {
}
