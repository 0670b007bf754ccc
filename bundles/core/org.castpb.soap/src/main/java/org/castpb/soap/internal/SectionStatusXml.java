package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.LedgerSection;
import org.castpb.api.SectionStatus;

/** Whether one ledger section is complete, and if not each missing item. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "sectionStatus", propOrder = {"section", "clear", "missing"})
public class SectionStatusXml {
    public LedgerSection section;
    public boolean clear;
    public List<String> missing = new ArrayList<>();

    static SectionStatusXml of(SectionStatus s) {
        SectionStatusXml x = new SectionStatusXml();
        x.section = s.section();
        x.clear = s.clear();
        x.missing.addAll(s.missing());
        return x;
    }

    static List<SectionStatusXml> of(List<SectionStatus> sections) {
        List<SectionStatusXml> list = new ArrayList<>();
        sections.forEach(s -> list.add(of(s)));
        return list;
    }
}
