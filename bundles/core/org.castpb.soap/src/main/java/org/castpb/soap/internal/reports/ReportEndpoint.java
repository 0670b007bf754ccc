package org.castpb.soap.internal.reports;

import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.budgets.BudgetDraft;
import org.castpb.api.budgets.BudgetService;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.reports.ReportDraft;
import org.castpb.api.reports.ReportState;
import org.castpb.api.reports.WorkReportService;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link ReportPort} onto the work-report service: every rule is the service's. */
@Component(service = ReportEndpoint.class)
@WebService(serviceName = "ReportService", portName = "ReportPort", targetNamespace = ReportPort.NS,
        endpointInterface = "org.castpb.soap.internal.reports.ReportPort")
public class ReportEndpoint implements ReportPort {

    private static final int DEFAULT_LIMIT = 50;

    private final WorkReportService reports;
    private final BudgetService budgets;

    @Activate
    public ReportEndpoint(@Reference WorkReportService reports, @Reference BudgetService budgets) {
        this.reports = reports;
        this.budgets = budgets;
    }

    @Override
    public BudgetXml recordBudget(long societyId, int year, long version, java.math.BigDecimal budgetLine, List<BudgetXml.Spending> spending,
                                  Boolean activityRoom, String facilities) throws ReportFault {
        return call(() -> BudgetXml.of(budgets.record(SoapActors.current(), new BudgetDraft(societyId, year, budgetLine,
                BudgetXml.toMap(spending), Boolean.TRUE.equals(activityRoom), facilities, version))));
    }

    @Override
    public BudgetXml getBudget(long societyId, int year) throws ReportFault {
        return call(() -> BudgetXml.of(budgets.get(SoapActors.current(), societyId, year)));
    }

    @Override
    public List<AuditEntryXml> getBudgetHistory(long societyId, int year) throws ReportFault {
        return call(() -> AuditEntryXml.of(budgets.history(SoapActors.current(), societyId, year)));
    }

    @Override
    public List<BudgetXml> listSocietyBudgets(long societyId) throws ReportFault {
        return call(() -> budgets.bySociety(SoapActors.current(), societyId).stream().map(BudgetXml::of).toList());
    }

    @Override
    public List<SocietyWithoutBudgetXml> listSocietiesWithoutBudgetLine(int year, Integer offset, Integer limit) throws ReportFault {
        return call(() -> budgets.withoutBudgetLine(SoapActors.current(), year, offset == null ? 0 : offset,
                limit == null ? DEFAULT_LIMIT : limit).items().stream().map(SocietyWithoutBudgetXml::of).toList());
    }

    @Override
    public BudgetSheetXml getBudgetSheet(int year, Long societyId) throws ReportFault {
        return call(() -> BudgetSheetXml.of(budgets.sheet(SoapActors.current(), year, societyId)));
    }

    @Override
    public byte[] exportBudgetSheet(int year, Long societyId, Boolean xlsx) throws ReportFault {
        return call(() -> {
            // base64Binary in one SOAP element: the file is held in memory
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            budgets.exportSheet(SoapActors.current(), year, societyId, Boolean.TRUE.equals(xlsx), out);
            return out.toByteArray();
        });
    }

    @Override
    public WorkReportXml createReport(long societyId, String period, String text, List<AttachmentUploadXml> attachments) throws ReportFault {
        List<org.castpb.api.reports.AttachmentUpload> files = attachments == null ? List.of()
                : attachments.stream().map(a -> a == null ? null : a.toUpload()).toList();
        return call(() -> WorkReportXml.of(reports.create(SoapActors.current(), new ReportDraft(societyId, period, text, files))));
    }

    @Override
    public WorkReportXml submitReport(long id) throws ReportFault {
        return call(() -> WorkReportXml.of(reports.submit(SoapActors.current(), id)));
    }

    @Override
    public WorkReportXml reviewReport(long id, Grade grade, String comment) throws ReportFault {
        return call(() -> WorkReportXml.of(reports.review(SoapActors.current(), id, grade, comment)));
    }

    @Override
    public WorkReportXml getReport(long id) throws ReportFault {
        return call(() -> WorkReportXml.of(reports.get(SoapActors.current(), id)));
    }

    @Override
    public AttachmentUploadXml getAttachment(long id, long attachmentId) throws ReportFault {
        return call(() -> AttachmentUploadXml.of(reports.attachment(SoapActors.current(), id, attachmentId)));
    }

    @Override
    public List<WorkReportXml> listSocietyReports(long societyId) throws ReportFault {
        return call(() -> reports.bySociety(SoapActors.current(), societyId).stream().map(WorkReportXml::of).toList());
    }

    @Override
    public List<AuditEntryXml> getReportHistory(long id) throws ReportFault {
        return call(() -> AuditEntryXml.of(reports.history(SoapActors.current(), id)));
    }

    @Override
    public ReportStatusPageXml listReportStatus(String period, ReportState state, Boolean late, Integer offset, Integer limit)
            throws ReportFault {
        return call(() -> ReportStatusPageXml.of(reports.status(SoapActors.current(), period, state, Boolean.TRUE.equals(late),
                offset == null ? 0 : offset, limit == null ? DEFAULT_LIMIT : limit)));
    }

    private static <T> T call(Supplier<T> work) throws ReportFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw ReportFault.of(e);
        }
    }
}
