package org.castpb.soap.internal.members;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.pipeline.CandidateQuery;
import org.castpb.api.pipeline.PipelineService;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link PipelinePort} onto the pipeline service: a thin door, all rules stay in the service. */
@Component(service = PipelineEndpoint.class)
@WebService(serviceName = "PipelineService", portName = "PipelinePort", targetNamespace = MemberPort.NS,
        endpointInterface = "org.castpb.soap.internal.members.PipelinePort")
public class PipelineEndpoint implements PipelinePort {

    private final PipelineService pipeline;

    @Activate
    public PipelineEndpoint(@Reference PipelineService pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public PipelineXml.CandidateXml apply(PipelineXml.ApplicantXml applicant) throws MemberFault {
        return call(() -> PipelineXml.CandidateXml.of(pipeline.apply(SoapActors.current(), applicant == null ? null : applicant.toApplicant())));
    }

    @Override
    public PipelineXml.CandidateXml getCandidate(long id) throws MemberFault {
        return call(() -> PipelineXml.CandidateXml.of(pipeline.get(SoapActors.current(), id)));
    }

    @Override
    public PipelineXml.CandidatePageXml listCandidates(Long organisationId, PipelineStage stage, Boolean awaitingApproval, Integer offset,
                                                       Integer limit) throws MemberFault {
        return call(() -> PipelineXml.CandidatePageXml.of(pipeline.list(SoapActors.current(), new CandidateQuery(organisationId, stage,
                Boolean.TRUE.equals(awaitingApproval), offset == null ? 0 : offset, limit == null ? CandidateQuery.DEFAULT_LIMIT : limit))));
    }

    @Override
    public PipelineXml.CandidateXml takeStep(long id, long version, PipelineXml.StepDraftXml step) throws MemberFault {
        return call(() -> PipelineXml.CandidateXml.of(pipeline.step(SoapActors.current(), id, version, step == null ? null : step.toDraft())));
    }

    @Override
    public PipelineXml.CandidateXml acceptWarning(long id, long version, String code, String justification) throws MemberFault {
        return call(() -> PipelineXml.CandidateXml.of(pipeline.acceptWarning(SoapActors.current(), id, version, code, justification)));
    }

    @Override
    public List<PipelineRuleSetXml> listPipelineRuleSets() throws MemberFault {
        return call(() -> {
            SoapActors.requireCaller();
            return PipelineRuleSetXml.of(pipeline.ruleSets());
        });
    }

    @Override
    public List<PipelineXml.PlanXml> listPlans(Long organisationId, Integer year) throws MemberFault {
        return call(() -> pipeline.plans(SoapActors.current(), organisationId, year).stream().map(PipelineXml.PlanXml::of).toList());
    }

    @Override
    public List<AuditEntryXml> candidateHistory(long id) throws MemberFault {
        return call(() -> AuditEntryXml.of(pipeline.history(SoapActors.current(), id)));
    }

    @Override
    public PipelineXml.PlanXml savePlan(PipelineXml.PlanXml plan) throws MemberFault {
        return call(() -> PipelineXml.PlanXml.of(pipeline.savePlan(SoapActors.current(), plan == null ? null : plan.toDraft())));
    }

    @Override
    public List<PipelineXml.ProgressXml> planReport(int year, Long organisationId) throws MemberFault {
        return call(() -> pipeline.report(SoapActors.current(), year, organisationId).stream().map(PipelineXml.ProgressXml::of).toList());
    }

    @Override
    public String exportPlanReport(int year, Long organisationId) throws MemberFault {
        return call(() -> {
            // SOAP carries the file as one xs:string; the byte-order mark only helps spreadsheets reading bytes
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pipeline.reportCsv(SoapActors.current(), year, organisationId, out);
            String text = out.toString(StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    private static <T> T call(Supplier<T> work) throws MemberFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw MemberFault.of(e);
        }
    }
}
