package org.castpb.soap.internal.reports;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.reports.AttachmentContent;
import org.castpb.api.reports.AttachmentUpload;

/** A file of a report: its name and its bytes (base64Binary). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "attachmentFile", propOrder = {"fileName", "mediaType", "content"})
public class AttachmentUploadXml {
    public String fileName;
    /** set on the way out, ignored on the way in: the type is found from the content */
    public String mediaType;
    public byte[] content;

    AttachmentUpload toUpload() {
        return new AttachmentUpload(fileName, content);
    }

    static AttachmentUploadXml of(AttachmentContent file) {
        AttachmentUploadXml x = new AttachmentUploadXml();
        x.fileName = file.attachment().fileName();
        x.mediaType = file.attachment().mediaType();
        x.content = file.content();
        return x;
    }
}
