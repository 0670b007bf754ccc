package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.ImportReport;

/** What an import did; {@code applied} false means nothing was written, and {@code error}s say why; {@code warning}s name rows to check. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "importReport", propOrder = {"rows", "created", "updated", "unchanged", "applied", "errors", "warnings"})
public class ImportReportXml {
    public int rows;
    public int created;
    public int updated;
    public int unchanged;
    public boolean applied;
    @XmlElement(name = "error")
    public List<ImportErrorXml> errors = new ArrayList<>();
    /** Rows that deserve a look though they are valid, e.g. a name another active society already has. */
    @XmlElement(name = "warning")
    public List<ImportErrorXml> warnings = new ArrayList<>();

    static ImportReportXml of(ImportReport r) {
        ImportReportXml x = new ImportReportXml();
        x.rows = r.rows();
        x.created = r.created();
        x.updated = r.updated();
        x.unchanged = r.unchanged();
        x.applied = r.applied();
        r.errors().forEach(e -> x.errors.add(ImportErrorXml.of(e)));
        r.warnings().forEach(w -> x.warnings.add(ImportErrorXml.of(w)));
        return x;
    }
}
