package org.castpb.soap.internal.orglife;

import static org.castpb.soap.internal.orglife.AppraisalEndpoint.call;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebService;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link MajorMatterPort} onto the major-matter service: a thin door, all rules stay in the service. */
@Component(service = MajorMatterEndpoint.class)
@WebService(serviceName = "MajorMatterService", portName = "MajorMatterPort", targetNamespace = AppraisalPort.NS,
        endpointInterface = "org.castpb.soap.internal.orglife.MajorMatterPort")
public class MajorMatterEndpoint implements MajorMatterPort {

    private final MajorMatterService matters;

    @Activate
    public MajorMatterEndpoint(@Reference MajorMatterService matters) {
        this.matters = matters;
    }

    @Override
    public MatterXml recordMatter(MatterDraftXml matter) throws OrgLifeFault {
        return call(() -> MatterXml.of(matters.record(SoapActors.current(), matter == null ? null : matter.toDraft())));
    }

    @Override
    public MatterXml giveOpinion(long id, long version, OpinionXml opinion) throws OrgLifeFault {
        return call(() -> MatterXml.of(matters.giveOpinion(SoapActors.current(), id, version, opinion == null ? null : opinion.toOpinion())));
    }

    @Override
    public MatterXml decideMatter(long id, long version, LocalDate decidedOn) throws OrgLifeFault {
        return call(() -> MatterXml.of(matters.decide(SoapActors.current(), id, version, decidedOn)));
    }

    @Override
    public List<MatterThresholdsXml> listMatterRuleSets() throws OrgLifeFault {
        return call(() -> {
            SoapActors.requireCaller();
            return MatterThresholdsXml.of(matters.ruleSets());
        });
    }

    @Override
    public MatterXml getMatter(long id) throws OrgLifeFault {
        return call(() -> MatterXml.of(matters.get(SoapActors.current(), id)));
    }

    @Override
    public List<MatterXml> listMatters(Long societyId, LocalDate from, LocalDate to) throws OrgLifeFault {
        return call(() -> MatterXml.of(matters.list(SoapActors.current(), societyId, from, to)));
    }

    @Override
    public List<MatterXml> listBreaches(LocalDate from, LocalDate to) throws OrgLifeFault {
        return call(() -> MatterXml.of(matters.breaches(SoapActors.current(), from, to)));
    }

    @Override
    public String exportBreaches(LocalDate from, LocalDate to) throws OrgLifeFault {
        return call(() -> matters.exportBreachesCsv(SoapActors.current(), from, to));
    }

    @Override
    public List<AuditEntryXml> matterHistory(long id) throws OrgLifeFault {
        return call(() -> AuditEntryXml.of(matters.history(SoapActors.current(), id)));
    }
}
