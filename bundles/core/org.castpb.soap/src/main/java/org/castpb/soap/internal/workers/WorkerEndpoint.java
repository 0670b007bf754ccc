package org.castpb.soap.internal.workers;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.workers.AllowanceService;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerService;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link WorkerPort} onto the worker and allowance services: a thin door, all rules stay in the services. */
@Component(service = WorkerEndpoint.class)
@WebService(serviceName = "WorkerService", portName = "WorkerPort", targetNamespace = WorkerPort.NS,
        endpointInterface = "org.castpb.soap.internal.workers.WorkerPort")
public class WorkerEndpoint implements WorkerPort {

    private final WorkerService workers;
    private final AllowanceService allowances;

    @Activate
    public WorkerEndpoint(@Reference WorkerService workers, @Reference AllowanceService allowances) {
        this.workers = workers;
        this.allowances = allowances;
    }

    @Override
    public WorkerXml addWorker(WorkerXml worker) throws WorkerFault {
        return call(() -> WorkerXml.of(workers.add(SoapActors.current(), worker == null ? null : worker.toDraft())));
    }

    @Override
    public WorkerXml getWorker(long id) throws WorkerFault {
        return call(() -> WorkerXml.of(workers.get(SoapActors.current(), id)));
    }

    @Override
    public List<AuditEntryXml> getWorkerHistory(long id) throws WorkerFault {
        return call(() -> AuditEntryXml.of(workers.history(SoapActors.current(), id)));
    }

    @Override
    public List<TrainingXml> listTrainings(long workerId, Integer year) throws WorkerFault {
        return call(() -> workers.trainings(SoapActors.current(), workerId, year).stream().map(TrainingXml::of).toList());
    }

    @Override
    public List<AssessmentXml> listAssessments(Long societyId, int year) throws WorkerFault {
        return call(() -> workers.assessments(SoapActors.current(), societyId, year).stream().map(AssessmentXml::of).toList());
    }

    @Override
    public List<TrainingRuleXml> listTrainingRules() throws WorkerFault {
        return call(() -> {
            SoapActors.requireCaller();
            return TrainingRuleXml.of(workers.trainingRules());
        });
    }

    @Override
    public List<AllowanceSchemeXml> listAllowanceSchemes() throws WorkerFault {
        return call(() -> {
            SoapActors.requireCaller();
            return AllowanceSchemeXml.of(allowances.schemes());
        });
    }

    @Override
    public List<AllowanceRunXml> listAllowanceRuns(Integer year) throws WorkerFault {
        return call(() -> allowances.runs(SoapActors.current(), year).stream().map(AllowanceRunXml::of).toList());
    }

    @Override
    public AllowanceRunXml getAllowanceRun(long id) throws WorkerFault {
        return call(() -> AllowanceRunXml.of(allowances.run(SoapActors.current(), id)));
    }

    @Override
    public WorkerXml updateWorker(long id, long version, WorkerXml worker) throws WorkerFault {
        return call(() -> WorkerXml.of(workers.update(SoapActors.current(), id, version, worker == null ? null : worker.toDraft())));
    }

    @Override
    public List<WorkerXml> listWorkers(Long societyId, Boolean current, Integer offset, Integer limit) throws WorkerFault {
        return call(() -> WorkerXml.of(workers.list(SoapActors.current(), societyId, Boolean.TRUE.equals(current), offset == null ? 0 : offset,
                limit == null ? 50 : limit).items()));
    }

    @Override
    public TrainingXml addTraining(long workerId, TrainingXml training) throws WorkerFault {
        return call(() -> TrainingXml.of(workers.addTraining(SoapActors.current(), workerId, training == null ? null : training.toDraft())));
    }

    @Override
    public List<ShortfallXml> listTrainingShortfalls(int year, Long societyId) throws WorkerFault {
        return call(() -> workers.shortfalls(SoapActors.current(), year, societyId).stream().map(ShortfallXml::of).toList());
    }

    @Override
    public List<JobChangeXml> listJobChanges(Long societyId, Boolean overdue) throws WorkerFault {
        return call(() -> workers.jobChanges(SoapActors.current(), societyId, Boolean.TRUE.equals(overdue)).stream().map(JobChangeXml::of)
                .toList());
    }

    @Override
    public JobChangeXml fileJobChangeReport(long id, String report) throws WorkerFault {
        return call(() -> JobChangeXml.of(workers.fileJobChange(SoapActors.current(), id, report)));
    }

    @Override
    public AssessmentXml assessWorker(long workerId, int year, WorkerGrade grade, String note) throws WorkerFault {
        return call(() -> AssessmentXml.of(workers.assess(SoapActors.current(), workerId, year, grade, note)));
    }

    @Override
    public CommendationXml commend(CommendationXml commendation) throws WorkerFault {
        return call(() -> CommendationXml.of(workers.commend(SoapActors.current(), commendation == null ? null : commendation.toDraft())));
    }

    @Override
    public List<CommendationXml> listCommendations(long societyId) throws WorkerFault {
        return call(() -> workers.commendations(SoapActors.current(), societyId).stream().map(CommendationXml::of).toList());
    }

    @Override
    public AllowanceRunXml allocateAllowances(int year, BigDecimal budget, String schemeId) throws WorkerFault {
        return call(() -> AllowanceRunXml.of(allowances.allocate(SoapActors.current(), year, budget, schemeId)));
    }

    @Override
    public String exportRoster(Long societyId) throws WorkerFault {
        return csv(out -> workers.exportRoster(SoapActors.current(), societyId, out));
    }

    @Override
    public String exportTrainingShortfalls(int year, Long societyId) throws WorkerFault {
        return csv(out -> workers.exportShortfalls(SoapActors.current(), year, societyId, out));
    }

    /** SOAP carries the file as one xs:string; the byte-order mark only helps spreadsheets reading bytes. */
    private static String csv(Consumer<OutputStream> writer) throws WorkerFault {
        return call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.accept(out);
            String text = out.toString(StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    private static <T> T call(Supplier<T> work) throws WorkerFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw WorkerFault.of(e);
        }
    }
}
