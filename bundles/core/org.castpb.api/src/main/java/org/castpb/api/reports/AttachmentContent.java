package org.castpb.api.reports;

/**
 * An attachment with its bytes, for download.
 *
 * @param attachment what it is
 * @param content    its bytes
 */
public record AttachmentContent(Attachment attachment, byte[] content) {
}
