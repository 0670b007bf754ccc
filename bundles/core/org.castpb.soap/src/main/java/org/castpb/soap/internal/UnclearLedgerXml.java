package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.UnclearLedger;

/** A society whose ledger is not "five clears", with the sections that are not and what they miss. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "unclearLedger", propOrder = {"society", "revision", "unclearSections"})
public class UnclearLedgerXml {
    public SocietyXml society;
    public int revision;
    @XmlElement(name = "unclearSection")
    public List<SectionStatusXml> unclearSections = new ArrayList<>();

    static UnclearLedgerXml of(UnclearLedger u) {
        UnclearLedgerXml x = new UnclearLedgerXml();
        x.society = SocietyXml.of(u.society());
        x.revision = u.revision();
        x.unclearSections = SectionStatusXml.of(u.unclearSections());
        return x;
    }
}
