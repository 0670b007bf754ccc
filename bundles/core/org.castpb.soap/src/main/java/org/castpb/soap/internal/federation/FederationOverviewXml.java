package org.castpb.soap.internal.federation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.federation.FederationOverview;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.soap.internal.organisation.CoverageFiguresXml;

/** This instance's own coverage, its children's latest reported figures and both combined. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "federationOverview", propOrder = {"asOf", "own", "reported", "combined", "children"})
public class FederationOverviewXml {
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public CoverageFiguresXml own;
    public CoverageFiguresXml reported;
    public CoverageFiguresXml combined;
    @XmlElement(name = "child")
    public List<ChildInstanceXml> children = new ArrayList<>();

    static FederationOverviewXml of(FederationOverview o) {
        FederationOverviewXml x = new FederationOverviewXml();
        x.asOf = o.asOf();
        x.own = CoverageFiguresXml.of(o.own());
        x.reported = CoverageFiguresXml.of(o.reported());
        x.combined = CoverageFiguresXml.of(o.combined());
        x.children = new ArrayList<>(ChildInstanceXml.of(o.children()));
        return x;
    }
}
