package org.castpb.soap.internal.organisation;

import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.organisation.RuleWarning;

/** A party rule an organisation, or a request for one, does not meet. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ruleWarning", propOrder = {"code", "message", "ruleSetVersion"})
public class RuleWarningXml {
    public String code;
    public String message;
    public String ruleSetVersion;

    static RuleWarningXml of(RuleWarning w) {
        RuleWarningXml x = new RuleWarningXml();
        x.code = w.code();
        x.message = w.message();
        x.ruleSetVersion = w.ruleSetVersion();
        return x;
    }

    static List<RuleWarningXml> of(List<RuleWarning> warnings) {
        return warnings.stream().map(RuleWarningXml::of).toList();
    }
}
