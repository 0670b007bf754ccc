package org.castpb.soap.internal;

import javax.jws.WebMethod;
import javax.jws.WebParam;
import javax.jws.WebResult;
import javax.jws.WebService;

/**
 * The SOAP contract for society records: the same operations and rules as
 * {@code /api/v1/societies}. Names here are part of the published WSDL: do not rename.
 */
@WebService(name = "SocietyPort", targetNamespace = SocietyPort.NS)
public interface SocietyPort {

    String NS = "http://castpb.org/soap/society/1";

    @WebMethod
    @WebResult(name = "society")
    SocietyXml createSociety(@WebParam(name = "society") SocietyDraftXml society) throws CastpbFault;

    @WebMethod
    @WebResult(name = "society")
    SocietyXml getSociety(@WebParam(name = "id") long id) throws CastpbFault;

    @WebMethod
    @WebResult(name = "society")
    SocietyXml updateSociety(@WebParam(name = "id") long id, @WebParam(name = "version") long version,
                             @WebParam(name = "society") SocietyDraftXml society) throws CastpbFault;

    @WebMethod
    @WebResult(name = "page")
    SocietyPageXml listSocieties(@WebParam(name = "filter") SocietyFilterXml filter) throws CastpbFault;
}
