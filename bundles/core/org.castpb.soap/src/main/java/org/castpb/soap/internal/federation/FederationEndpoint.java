package org.castpb.soap.internal.federation;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.Actor;
import org.castpb.api.ForbiddenException;
import org.castpb.api.federation.FederationService;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.api.jobs.JobService;
import org.castpb.soap.internal.SoapActors;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link FederationPort} onto the federation service: a thin door, all rules stay in the service. */
@Component(service = FederationEndpoint.class)
@WebService(serviceName = "FederationService", portName = "FederationPort", targetNamespace = FederationPort.NS,
        endpointInterface = "org.castpb.soap.internal.federation.FederationPort")
public class FederationEndpoint implements FederationPort {

    /** The calendar castpb's dates are in, as over REST. */
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final int DEFAULT_LIMIT = 50;
    /** Reports are large: a smaller first page, as over REST. */
    private static final int DEFAULT_REPORT_LIMIT = 20;

    private final FederationService federation;
    private final JobService jobs;

    @Activate
    public FederationEndpoint(@Reference FederationService federation, @Reference JobService jobs) {
        this.federation = federation;
        this.jobs = jobs;
    }

    @Override
    public InstanceXml getInstance() throws FederationFault {
        return call(() -> {
            Actor actor = SoapActors.current();
            if (actor == null || !actor.hasCastpbRole()) {
                throw new ForbiddenException("reading this instance's identity needs a castpb role");
            }
            return InstanceXml.of(federation.instance());
        });
    }

    @Override
    public OutboxEntryXml reportUpward(LocalDate asOf) throws FederationFault {
        return call(() -> OutboxEntryXml.of(federation.report(SoapActors.current(), asOf == null ? LocalDate.now(BEIJING) : asOf)));
    }

    @Override
    public OutboxPageXml listOutbox(Integer offset, Integer limit) throws FederationFault {
        return call(() -> OutboxPageXml.of(federation.outbox(SoapActors.current(), offset == null ? 0 : offset,
                limit == null ? DEFAULT_LIMIT : limit)));
    }

    @Override
    public List<ChildRegistrationXml> listRegistrations() throws FederationFault {
        return call(() -> ChildRegistrationXml.of(federation.registeredChildren(SoapActors.current())));
    }

    @Override
    public ChildRegistrationXml registerChild(String instanceId, InstanceLevel level, String regionCode, String displayName)
            throws FederationFault {
        return call(() -> ChildRegistrationXml.of(federation.registerChild(SoapActors.current(), instanceId, level, regionCode,
                displayName)));
    }

    @Override
    public void removeChild(String instanceId) throws FederationFault {
        call(() -> {
            federation.removeChild(SoapActors.current(), instanceId);
            return null;
        });
    }

    @Override
    public List<ChildInstanceXml> listChildren() throws FederationFault {
        return call(() -> ChildInstanceXml.of(federation.children(SoapActors.current())));
    }

    @Override
    public FederationOverviewXml getFederationOverview(LocalDate asOf) throws FederationFault {
        return call(() -> FederationOverviewXml.of(federation.overview(SoapActors.current(), asOf == null ? LocalDate.now(BEIJING) : asOf)));
    }

    @Override
    public UpwardReportPageXml listChildReports(String instanceId, Integer offset, Integer limit) throws FederationFault {
        return call(() -> UpwardReportPageXml.of(federation.reports(SoapActors.current(), instanceId, offset == null ? 0 : offset,
                limit == null ? DEFAULT_REPORT_LIMIT : limit)));
    }

    @Override
    public List<ReportedFiguresXml> getChildHistory(String instanceId) throws FederationFault {
        return call(() -> ReportedFiguresXml.of(federation.history(SoapActors.current(), instanceId)));
    }

    @Override
    public List<ReportedSocietyXml> listChildSocieties(String instanceId) throws FederationFault {
        return call(() -> ReportedSocietyXml.of(federation.reportedSocieties(SoapActors.current(), instanceId)));
    }

    @Override
    public JobPageXml listJobs(String name, String node, Integer offset, Integer limit) throws FederationFault {
        return call(() -> JobPageXml.ofJobs(jobs.jobs(SoapActors.current(), name, node, offset == null ? 0 : offset,
                limit == null ? DEFAULT_LIMIT : limit)));
    }

    @Override
    public JobPageXml listJobRuns(String job, Integer offset, Integer limit) throws FederationFault {
        return call(() -> JobPageXml.ofRuns(jobs.runs(SoapActors.current(), job, offset == null ? 0 : offset,
                limit == null ? DEFAULT_LIMIT : limit)));
    }

    private static <T> T call(Supplier<T> work) throws FederationFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw FederationFault.of(e);
        }
    }
}
