package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.CaseState;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link AppraisalPort} onto the appraisal service: a thin door, all rules stay in the service. */
@Component(service = AppraisalEndpoint.class)
@WebService(serviceName = "AppraisalService", portName = "AppraisalPort", targetNamespace = AppraisalPort.NS,
        endpointInterface = "org.castpb.soap.internal.orglife.AppraisalPort")
public class AppraisalEndpoint implements AppraisalPort {

    private final AppraisalService appraisals;

    @Activate
    public AppraisalEndpoint(@Reference AppraisalService appraisals) {
        this.appraisals = appraisals;
    }

    @Override
    public AppraisalRoundXml recordAppraisal(AppraisalDraftXml round) throws OrgLifeFault {
        return call(() -> AppraisalRoundXml.of(appraisals.record(SoapActors.current(), round == null ? null : round.toDraft())));
    }

    @Override
    public AppraisalRoundXml getAppraisal(long id) throws OrgLifeFault {
        return call(() -> AppraisalRoundXml.of(appraisals.get(SoapActors.current(), id)));
    }

    @Override
    public List<AppraisalRoundXml> listAppraisals(Long organisationId, Long societyId, Integer year) throws OrgLifeFault {
        return call(() -> appraisals.list(SoapActors.current(), organisationId, societyId, year).stream().map(AppraisalRoundXml::of).toList());
    }

    @Override
    public List<AuditEntryXml> appraisalHistory(long id) throws OrgLifeFault {
        return call(() -> AuditEntryXml.of(appraisals.history(SoapActors.current(), id)));
    }

    @Override
    public List<UnqualifiedCaseXml> listCases(CaseState state) throws OrgLifeFault {
        return call(() -> appraisals.cases(SoapActors.current(), state).stream().map(UnqualifiedCaseXml::of).toList());
    }

    @Override
    public UnqualifiedCaseXml closeCase(long id, long version, LocalDate on, String outcome) throws OrgLifeFault {
        return call(() -> UnqualifiedCaseXml.of(appraisals.closeCase(SoapActors.current(), id, version, on, outcome)));
    }

    @Override
    public String exportAppraisals(Integer year) throws OrgLifeFault {
        return call(() -> appraisals.exportCsv(SoapActors.current(), year));
    }

    static <T> T call(Supplier<T> work) throws OrgLifeFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw OrgLifeFault.of(e);
        }
    }
}
