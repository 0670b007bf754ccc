package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.CaseStepDraft;
import org.castpb.api.appraisal.HandlingStep;
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
    public UnqualifiedCaseXml closeCase(long id, long version, LocalDate on, String outcome, CaseResult result) throws OrgLifeFault {
        return call(() -> UnqualifiedCaseXml.of(appraisals.closeCase(SoapActors.current(), id, version, on,
                result == null ? CaseResult.OTHER : result, outcome)));
    }

    @Override
    public UnqualifiedCaseXml getCase(long id) throws OrgLifeFault {
        return call(() -> UnqualifiedCaseXml.of(appraisals.getCase(SoapActors.current(), id)));
    }

    @Override
    public UnqualifiedCaseXml openCase(long memberId, LocalDate on, String reason) throws OrgLifeFault {
        return call(() -> UnqualifiedCaseXml.of(appraisals.openCase(SoapActors.current(), memberId, on, reason)));
    }

    @Override
    public List<UnqualifiedCaseXml> openCasesForCandidates(LocalDate on) throws OrgLifeFault {
        return call(() -> appraisals.openCasesForCandidates(SoapActors.current(), on).stream().map(UnqualifiedCaseXml::of).toList());
    }

    @Override
    public UnqualifiedCaseXml recordCaseStep(long id, long version, HandlingStep kind, LocalDate on, LocalDate deadline, String note)
            throws OrgLifeFault {
        return call(() -> UnqualifiedCaseXml.of(appraisals.recordStep(SoapActors.current(), id, version, new CaseStepDraft(kind, on, deadline, note))));
    }

    @Override
    public List<AuditEntryXml> caseHistory(long id) throws OrgLifeFault {
        return call(() -> AuditEntryXml.of(appraisals.caseHistory(SoapActors.current(), id)));
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
