package org.castpb.api.reports;

/**
 * A file given with a report: a PDF or Word document, checked by its content, not its name alone.
 *
 * @param fileName the file's name, without any folder
 * @param content  its bytes
 */
public record AttachmentUpload(String fileName, byte[] content) {
}
