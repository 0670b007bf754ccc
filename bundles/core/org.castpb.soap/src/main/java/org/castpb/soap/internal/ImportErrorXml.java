package org.castpb.soap.internal;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.ImportError;

/** One problem in an imported file: its line (the header is line 1), its column header (left out for the whole row), why. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "importError", propOrder = {"row", "column", "reason", "code"})
public class ImportErrorXml {
    public int row;
    public String column;
    public String reason;
    public String code;

    static ImportErrorXml of(ImportError e) {
        ImportErrorXml x = new ImportErrorXml();
        x.row = e.row();
        x.column = e.column();
        x.reason = e.reason();
        x.code = e.code();
        return x;
    }
}
