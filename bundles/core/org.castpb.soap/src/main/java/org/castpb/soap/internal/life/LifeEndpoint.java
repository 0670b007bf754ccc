package org.castpb.soap.internal.life;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertQuery;
import org.castpb.api.life.AlertService;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.life.AttendanceQuery;
import org.castpb.api.life.ComplianceQuery;
import org.castpb.api.life.ComplianceService;
import org.castpb.api.life.MeetingQuery;
import org.castpb.api.life.MeetingService;
import org.castpb.api.life.MeetingType;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link LifePort} onto the meeting, compliance and alert services: a thin door, all rules stay in the services. */
@Component(service = LifeEndpoint.class)
@WebService(serviceName = "LifeService", portName = "LifePort", targetNamespace = LifePort.NS,
        endpointInterface = "org.castpb.soap.internal.life.LifePort")
public class LifeEndpoint implements LifePort {

    private final MeetingService meetings;
    private final ComplianceService compliance;
    private final AlertService alerts;

    @Activate
    public LifeEndpoint(@Reference MeetingService meetings, @Reference ComplianceService compliance, @Reference AlertService alerts) {
        this.meetings = meetings;
        this.compliance = compliance;
        this.alerts = alerts;
    }

    @Override
    public MeetingXml recordMeeting(MeetingDraftXml meeting) throws LifeFault {
        return call(() -> MeetingXml.of(meetings.record(SoapActors.current(), meeting == null ? null : meeting.toDraft())));
    }

    @Override
    public MeetingXml updateMeeting(long id, long version, MeetingDraftXml meeting) throws LifeFault {
        return call(() -> MeetingXml.of(meetings.update(SoapActors.current(), id, version, meeting == null ? null : meeting.toDraft())));
    }

    @Override
    public List<LifeRuleSetXml> listLifeRuleSets() throws LifeFault {
        return call(() -> {
            SoapActors.requireCaller();
            return LifeRuleSetXml.of(compliance.ruleSets());
        });
    }

    @Override
    public MeetingXml getMeeting(long id) throws LifeFault {
        return call(() -> MeetingXml.of(meetings.get(SoapActors.current(), id)));
    }

    @Override
    public MeetingPageXml listMeetings(Long organisationId, Long societyId, MeetingType type, LocalDate from, LocalDate to, Integer offset,
                                       Integer limit) throws LifeFault {
        MeetingQuery q = new MeetingQuery(organisationId, societyId, type, from, to, offset == null ? 0 : offset,
                limit == null ? MeetingQuery.DEFAULT_LIMIT : limit);
        return call(() -> MeetingPageXml.of(meetings.list(SoapActors.current(), q)));
    }

    @Override
    public List<AuditEntryXml> meetingHistory(long id) throws LifeFault {
        return call(() -> AuditEntryXml.of(meetings.history(SoapActors.current(), id)));
    }

    @Override
    public CompliancePageXml complianceReport(Long organisationId, Long societyId, LocalDate from, LocalDate to, Boolean missingOnly,
                                              Integer offset, Integer limit) throws LifeFault {
        ComplianceQuery q = new ComplianceQuery(organisationId, societyId, from, to, Boolean.TRUE.equals(missingOnly),
                offset == null ? 0 : offset, limit == null ? ComplianceQuery.DEFAULT_LIMIT : limit);
        return call(() -> CompliancePageXml.of(compliance.report(SoapActors.current(), q)));
    }

    @Override
    public String exportCompliance(Long organisationId, Long societyId, LocalDate from, LocalDate to, Boolean missingOnly) throws LifeFault {
        ComplianceQuery q = new ComplianceQuery(organisationId, societyId, from, to, Boolean.TRUE.equals(missingOnly), 0,
                ComplianceQuery.DEFAULT_LIMIT);
        return call(() -> {
            // SOAP carries the file as one xs:string; the byte-order mark only helps spreadsheets reading bytes
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            compliance.exportCsv(SoapActors.current(), q, out);
            String text = out.toString(StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        });
    }

    @Override
    public byte[] exportComplianceXlsx(Long organisationId, Long societyId, LocalDate from, LocalDate to, Boolean missingOnly) throws LifeFault {
        ComplianceQuery q = new ComplianceQuery(organisationId, societyId, from, to, Boolean.TRUE.equals(missingOnly), 0,
                ComplianceQuery.DEFAULT_LIMIT);
        return call(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            compliance.exportXlsx(SoapActors.current(), q, out);
            return out.toByteArray();
        });
    }

    @Override
    public AttendancePageXml attendance(Long organisationId, LocalDate from, LocalDate to, Boolean candidatesOnly, Integer offset,
                                        Integer limit) throws LifeFault {
        AttendanceQuery q = new AttendanceQuery(organisationId, from, to, Boolean.TRUE.equals(candidatesOnly), offset == null ? 0 : offset,
                limit == null ? ComplianceQuery.DEFAULT_LIMIT : limit);
        return call(() -> AttendancePageXml.of(compliance.attendance(SoapActors.current(), q)));
    }

    @Override
    public AlertPageXml listAlerts(Long organisationId, AlertKind kind, AlertStatus status, Integer offset, Integer limit) throws LifeFault {
        AlertQuery q = new AlertQuery(organisationId, kind, status, offset == null ? 0 : offset, limit == null ? ComplianceQuery.DEFAULT_LIMIT : limit);
        return call(() -> AlertPageXml.of(alerts.list(SoapActors.current(), q)));
    }

    @Override
    public AlertRunXml runAlerts(LocalDate asOf) throws LifeFault {
        return call(() -> AlertRunXml.of(alerts.run(SoapActors.current(), asOf)));
    }

    private static <T> T call(Supplier<T> work) throws LifeFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw LifeFault.of(e);
        }
    }
}
