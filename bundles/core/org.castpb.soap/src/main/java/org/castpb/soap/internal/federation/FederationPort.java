package org.castpb.soap.internal.federation;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import javax.xml.ws.RequestWrapper;
import org.castpb.api.federation.InstanceLevel;
import org.castpb.soap.internal.LocalDateAdapter;

/**
 * The SOAP contract for multi-level deployment: who this instance is, at a child its outbox of upward reports, at a
 * parent its registered children, their latest state, history and societies, and the scheduled jobs the nodes of
 * this instance share: the same operations and rules as {@code /api/v1/instance}, {@code /api/v1/federation} and
 * {@code /api/v1/jobs}. Receiving a child's report stays REST only: the outbox of
 * a child instance posts it there. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "FederationPort", targetNamespace = FederationPort.NS)
public interface FederationPort {

    String NS = "http://castpb.org/soap/federation/1";

    /** Who this instance is (etc/org.castpb.instance.cfg). */
    @WebMethod
    @WebResult(name = "instance")
    InstanceXml getInstance() throws FederationFault;

    // ---- at a child ----

    /** Makes the report as of {@code asOf} (today, Beijing, when left out), writes it to the outbox and tries to send it. */
    @WebMethod
    @WebResult(name = "entry")
    @RequestWrapper(localName = "reportUpward", targetNamespace = NS,
            className = "org.castpb.soap.internal.federation.ReportUpwardRequest")
    OutboxEntryXml reportUpward(@WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf)
            throws FederationFault;

    /** The outbox, newest first; {@code offset} 0 and {@code limit} 50 when left out, as over REST. */
    @WebMethod
    @WebResult(name = "page")
    OutboxPageXml listOutbox(@WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit) throws FederationFault;

    // ---- at a parent ----

    /** The child instances registered here (only their reports are accepted). */
    @WebMethod
    @WebResult(name = "registration")
    List<ChildRegistrationXml> listRegistrations() throws FederationFault;

    /** Registers a child instance, or changes its registration; its region must lie within this instance's. */
    @WebMethod
    @WebResult(name = "registration")
    ChildRegistrationXml registerChild(@WebParam(name = "instanceId") String instanceId, @WebParam(name = "level") InstanceLevel level,
                                       @WebParam(name = "regionCode") String regionCode,
                                       @WebParam(name = "displayName") String displayName) throws FederationFault;

    /** Removes a child's registration; its reports stay, further ones are refused. */
    @WebMethod
    void removeChild(@WebParam(name = "instanceId") String instanceId) throws FederationFault;

    /** The children that reported or are registered, with their latest figures and whether they are overdue. */
    @WebMethod
    @WebResult(name = "child")
    List<ChildInstanceXml> listChildren() throws FederationFault;

    /** This instance's own coverage as of {@code asOf} (today, Beijing, when left out) plus every child's latest reported figures. */
    @WebMethod
    @WebResult(name = "overview")
    @RequestWrapper(localName = "getFederationOverview", targetNamespace = NS,
            className = "org.castpb.soap.internal.federation.GetFederationOverviewRequest")
    FederationOverviewXml getFederationOverview(@WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf)
            throws FederationFault;

    /** The reports a child sent, newest first; {@code offset} 0 and {@code limit} 20 when left out, as over REST. */
    @WebMethod
    @WebResult(name = "page")
    UpwardReportPageXml listChildReports(@WebParam(name = "instanceId") String instanceId, @WebParam(name = "offset") Integer offset,
                                         @WebParam(name = "limit") Integer limit) throws FederationFault;

    /** A child's reported totals, oldest first (its trend). */
    @WebMethod
    @WebResult(name = "figures")
    List<ReportedFiguresXml> getChildHistory(@WebParam(name = "instanceId") String instanceId) throws FederationFault;

    /** The societies of a child's latest report, as reported. */
    @WebMethod
    @WebResult(name = "society")
    List<ReportedSocietyXml> listChildSocieties(@WebParam(name = "instanceId") String instanceId) throws FederationFault;

    // ---- the nodes of this instance ----

    /**
     * The scheduled jobs the nodes share, by name, each with its lease now and its last run (the instance's
     * administrators); {@code name} and {@code node} filter by what the names contain, {@code offset} 0 and
     * {@code limit} 50 when left out, as over REST.
     */
    @WebMethod
    @WebResult(name = "page")
    JobPageXml listJobs(@WebParam(name = "name") String name, @WebParam(name = "node") String node,
                        @WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit) throws FederationFault;

    /** A scheduled job's recorded runs, the latest first; {@code NOT_FOUND} when no node ever took the job. */
    @WebMethod
    @WebResult(name = "page")
    JobPageXml listJobRuns(@WebParam(name = "job") String job, @WebParam(name = "offset") Integer offset,
                           @WebParam(name = "limit") Integer limit) throws FederationFault;
}
