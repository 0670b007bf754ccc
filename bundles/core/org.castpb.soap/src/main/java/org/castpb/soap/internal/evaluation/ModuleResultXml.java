package org.castpb.soap.internal.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.ModuleResult;
import org.castpb.api.evaluation.ResultStatus;
import org.castpb.soap.internal.Faults;

/**
 * What one module said about one society, with the module version that said it; {@code score} and {@code grade}
 * are left out on ERROR, {@code vetoReason} without veto and {@code error} when OK.
 */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "moduleResult", propOrder = {"moduleId", "moduleVersion", "region", "status", "points", "maxPoints", "score", "grade",
        "veto", "vetoReason", "error", "durationMillis", "findings"})
public class ModuleResultXml {
    public String moduleId;
    public String moduleVersion;
    public String region;
    public ResultStatus status;
    public int points;
    public int maxPoints;
    public BigDecimal score;
    public Grade grade;
    public boolean veto;
    public String vetoReason;
    public String error;
    public long durationMillis;
    @XmlElement(name = "finding")
    public List<FindingXml> findings = new ArrayList<>();

    static ModuleResultXml of(ModuleResult r) {
        ModuleResultXml x = new ModuleResultXml();
        x.moduleId = r.moduleId();
        x.moduleVersion = r.moduleVersion();
        x.region = r.region();
        x.status = r.status();
        x.points = r.points();
        x.maxPoints = r.maxPoints();
        x.score = r.score();
        x.grade = r.grade();
        x.veto = r.veto();
        x.vetoReason = r.in(Faults.readerLanguage()).vetoReason();
        x.error = r.error();
        x.durationMillis = r.durationMillis();
        r.findings().forEach(f -> x.findings.add(FindingXml.of(f)));
        return x;
    }

    ModuleResult toResult() {
        return new ModuleResult(moduleId, moduleVersion, region == null ? "" : region, status, points, maxPoints, score, grade, veto,
                vetoReason, error, durationMillis, findings.stream().map(FindingXml::toFinding).toList());
    }
}
