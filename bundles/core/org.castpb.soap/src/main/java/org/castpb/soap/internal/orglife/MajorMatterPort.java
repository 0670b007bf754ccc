package org.castpb.soap.internal.orglife;

import java.time.LocalDate;
import java.util.List;
import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.AuditEntryXml;
import org.castpb.soap.internal.LocalDateAdapter;

/**
 * The SOAP contract for major matters: the same operations and rules as {@code /api/v1/matters}. Names here are part
 * of the published WSDL: do not rename.
 */
@WebService(name = "MajorMatterPort", targetNamespace = AppraisalPort.NS)
public interface MajorMatterPort {

    @WebMethod
    @WebResult(name = "matter")
    MatterXml recordMatter(@WebParam(name = "matter") MatterDraftXml matter) throws OrgLifeFault;

    @WebMethod
    @WebResult(name = "matter")
    MatterXml giveOpinion(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                          @WebParam(name = "opinion") OpinionXml opinion) throws OrgLifeFault;

    @WebMethod
    @WebResult(name = "matter")
    MatterXml decideMatter(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                           @WebParam(name = "decidedOn") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate decidedOn) throws OrgLifeFault;

    @WebMethod
    @WebResult(name = "matter")
    MatterXml getMatter(@WebParam(name = "id") long id) throws OrgLifeFault;

    /** Every version of the thresholds in use, oldest first. */
    @WebMethod
    @WebResult(name = "ruleSet")
    List<MatterThresholdsXml> listMatterRuleSets() throws OrgLifeFault;

    /** Matters raised in the period, of one society if given. */
    @WebMethod
    @WebResult(name = "matter")
    List<MatterXml> listMatters(@WebParam(name = "societyId") Long societyId,
                                @WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to) throws OrgLifeFault;

    /** Matters decided in the period without an earlier opinion or against a disagreeing one. */
    @WebMethod
    @WebResult(name = "matter")
    List<MatterXml> listBreaches(@WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                                 @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to) throws OrgLifeFault;

    /** The breaches as CSV text with Chinese headers. */
    @WebMethod
    @WebResult(name = "csv")
    String exportBreaches(@WebParam(name = "from") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate from,
                          @WebParam(name = "to") @XmlJavaTypeAdapter(LocalDateAdapter.class) LocalDate to) throws OrgLifeFault;

    @WebMethod
    @WebResult(name = "entry")
    List<AuditEntryXml> matterHistory(@WebParam(name = "id") long id) throws OrgLifeFault;
}
