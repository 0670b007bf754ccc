package org.castpb.soap.internal.organisation;

import java.time.LocalDate;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.organisation.RuleSet;
import org.castpb.soap.internal.LocalDateAdapter;

/** A version of the party rules organisations are checked against, in force from its date. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "ruleSet", propOrder = {"version", "effectiveFrom", "minFormalMembers", "branchMaxMembers", "generalBranchMinMembers",
        "generalBranchMaxMembers", "committeeMinMembers", "branchCommitteeFrom", "committeeSizeMin", "committeeSizeMax",
        "jointBranchMaxSocieties", "branchTermYears", "generalBranchTermYears", "committeeTermMinYears", "committeeTermMaxYears"})
public class RuleSetXml {
    public String version;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate effectiveFrom;
    public int minFormalMembers;
    public int branchMaxMembers;
    public int generalBranchMinMembers;
    public int generalBranchMaxMembers;
    public int committeeMinMembers;
    public int branchCommitteeFrom;
    public int committeeSizeMin;
    public int committeeSizeMax;
    public int jointBranchMaxSocieties;
    public int branchTermYears;
    public int generalBranchTermYears;
    public int committeeTermMinYears;
    public int committeeTermMaxYears;

    static List<RuleSetXml> of(List<RuleSet> ruleSets) {
        return ruleSets.stream().map(r -> {
            RuleSetXml x = new RuleSetXml();
            x.version = r.version();
            x.effectiveFrom = r.effectiveFrom();
            x.minFormalMembers = r.minFormalMembers();
            x.branchMaxMembers = r.branchMaxMembers();
            x.generalBranchMinMembers = r.generalBranchMinMembers();
            x.generalBranchMaxMembers = r.generalBranchMaxMembers();
            x.committeeMinMembers = r.committeeMinMembers();
            x.branchCommitteeFrom = r.branchCommitteeFrom();
            x.committeeSizeMin = r.committeeSizeMin();
            x.committeeSizeMax = r.committeeSizeMax();
            x.jointBranchMaxSocieties = r.jointBranchMaxSocieties();
            x.branchTermYears = r.branchTermYears();
            x.generalBranchTermYears = r.generalBranchTermYears();
            x.committeeTermMinYears = r.committeeTermMinYears();
            x.committeeTermMaxYears = r.committeeTermMaxYears();
            return x;
        }).toList();
    }
}
