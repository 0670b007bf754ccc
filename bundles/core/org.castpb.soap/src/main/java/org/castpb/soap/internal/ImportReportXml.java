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
@XmlType(name = "importReport", propOrder = {"rows", "created", "updated", "unchanged", "applied", "errors", "warnings", "errorCount",
        "errorCounts", "warningCount"})
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
    /** All errors found; {@code error} lists the first of them (up to the site's limit). */
    public int errorCount;
    /** All errors found per code. */
    @XmlElement(name = "errorsOfCode")
    public List<CodeCount> errorCounts = new ArrayList<>();
    /** All warnings found; {@code warning} lists the first of them. */
    public int warningCount;

    /** How many errors of one code the file had. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "codeCount", propOrder = {"code", "count"})
    public static class CodeCount {
        public String code;
        public int count;
    }

    public static ImportReportXml of(ImportReport r) {
        ImportReportXml x = new ImportReportXml();
        x.rows = r.rows();
        x.created = r.created();
        x.updated = r.updated();
        x.unchanged = r.unchanged();
        x.applied = r.applied();
        r.errors().forEach(e -> x.errors.add(ImportErrorXml.of(e)));
        r.warnings().forEach(w -> x.warnings.add(ImportErrorXml.of(w)));
        x.errorCount = r.errorCount();
        x.warningCount = r.warningCount();
        r.errorCounts().forEach((code, count) -> {
            CodeCount c = new CodeCount();
            c.code = code;
            c.count = count;
            x.errorCounts.add(c);
        });
        return x;
    }
}
