package org.castpb.soap.internal.life;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.life.MeetingType;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.LocalDateAdapter;

/**
 * The SOAP contract for organisational life: the same operations and rules as {@code /api/v1/life}. Names here are
 * part of the published WSDL: do not rename.
 */
@WebService(name = "LifePort", targetNamespace = LifePort.NS)
public interface LifePort {

    String NS = "http://castpb.org/soap/life/1";

    /** Records a meeting held by a party organisation, with its attendees and absentees from the registry. */
    @WebMethod
    @WebResult(name = "meeting")
    MeetingXml recordMeeting(@WebParam(name = "meeting") MeetingDraftXml meeting) throws LifeFault;

    /** Corrects a meeting at {@code version}. */
    @WebMethod
    @WebResult(name = "meeting")
    MeetingXml updateMeeting(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                             @WebParam(name = "meeting") MeetingDraftXml meeting) throws LifeFault;

    @WebMethod
    @WebResult(name = "meeting")
    MeetingXml getMeeting(@WebParam(name = "id") long id) throws LifeFault;

    /** Every version of the organisational-life rules in use, oldest first. */
    @WebMethod
    @WebResult(name = "ruleSet")
    List<LifeRuleSetXml> listLifeRuleSets() throws LifeFault;

    /** Meetings in scope, newest first; {@code offset} 0 and {@code limit} 50 when left out. */
    @WebMethod
    @WebResult(name = "page")
    MeetingPageXml listMeetings(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "societyId") Long societyId,
                                @WebParam(name = "type") MeetingType type,
                                @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to,
                                @WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit) throws LifeFault;

    @WebMethod
    @WebResult(name = "entry")
    List<AuditEntryXml> meetingHistory(@WebParam(name = "id") long id) throws LifeFault;

    /** Per organisation, the periods due, held and missing from {@code from} to {@code to}. */
    @WebMethod
    @WebResult(name = "page")
    CompliancePageXml complianceReport(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "societyId") Long societyId,
                                       @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                       @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to,
                                       @WebParam(name = "missingOnly") Boolean missingOnly, @WebParam(name = "offset") Integer offset,
                                       @WebParam(name = "limit") Integer limit) throws LifeFault;

    /** The compliance report as CSV text with Chinese headers. */
    @WebMethod
    @WebResult(name = "csv")
    String exportCompliance(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "societyId") Long societyId,
                            @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                            @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to,
                            @WebParam(name = "missingOnly") Boolean missingOnly) throws LifeFault;

    /** The compliance report as an Excel workbook (.xlsx, base64Binary): counts as numbers, the Chinese header frozen. */
    @WebMethod
    @WebResult(name = "xlsx")
    byte[] exportComplianceXlsx(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "societyId") Long societyId,
                                @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to,
                                @WebParam(name = "missingOnly") Boolean missingOnly) throws LifeFault;

    /** Members' attendance rates and absences without reason; only candidates for an unqualified-member case when asked. */
    @WebMethod
    @WebResult(name = "page")
    AttendancePageXml attendance(@WebParam(name = "organisationId") Long organisationId,
                                 @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                 @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to,
                                 @WebParam(name = "candidatesOnly") Boolean candidatesOnly, @WebParam(name = "offset") Integer offset,
                                 @WebParam(name = "limit") Integer limit) throws LifeFault;

    @WebMethod
    @WebResult(name = "page")
    AlertPageXml listAlerts(@WebParam(name = "organisationId") Long organisationId, @WebParam(name = "kind") AlertKind kind,
                            @WebParam(name = "status") AlertStatus status, @WebParam(name = "offset") Integer offset,
                            @WebParam(name = "limit") Integer limit) throws LifeFault;

    /** Runs the alerts as of {@code asOf} (today when left out); national administrators. */
    @WebMethod
    @WebResult(name = "run")
    AlertRunXml runAlerts(@WebParam(name = "asOf") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate asOf) throws LifeFault;
}
