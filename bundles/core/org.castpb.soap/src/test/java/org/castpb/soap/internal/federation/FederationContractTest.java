package org.castpb.soap.internal.federation;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.namespace.QName;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.OperationInfo;
import org.castpb.soap.internal.PublishedContract;
import org.castpb.soap.internal.SocietyPort;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The published federation contract, built by CXF from the endpoint as the server does, without a server. */
public class FederationContractTest {

    private static PublishedContract contract;
    private static Service service;
    private static String wsdl;

    @BeforeClass
    public static void buildContract() throws Exception {
        contract = PublishedContract.of(FederationEndpoint.class);
        service = contract.service();
        wsdl = contract.wsdl();
    }

    @AfterClass
    public static void shutDown() {
        contract.close();
    }

    @Test
    public void portOffersTheInstanceOutboxRegistrationChildrenAndJobOperationsButNotTheReceipt() {
        assertEquals(new TreeSet<>(Set.of("getInstance", "reportUpward", "listOutbox", "listRegistrations", "registerChild", "removeChild",
                "listChildren", "getFederationOverview", "listChildReports", "getChildHistory", "listChildSocieties", "listJobs", "listJobRuns")),
                contract.operations());
    }

    @Test
    public void everyOperationDeclaresTheCastpbFaultInTheFederationNamespace() {
        for (OperationInfo op : service.getServiceInfos().get(0).getInterface().getOperations()) {
            assertEquals(op.getName().getLocalPart(), 1, op.getFaults().size());
        }
        assertEquals(new QName(FederationPort.NS, "FederationService"), service.getServiceInfos().get(0).getName());
        assertFalse("nothing of the society contract leaks in", wsdl.contains(SocietyPort.NS));
    }

    @Test
    public void datesArePublishedAsXsDateAndReachTheEndpoint() throws Exception {
        assertTrue(wsdl, wsdl.contains("<xs:element minOccurs=\"0\" name=\"asOf\" type=\"xs:date\"/>"));
        assertFalse(wsdl, wsdl.matches("(?s).*name=\"asOf\" type=\"xs:string\".*"));
        assertEquals(List.of(LocalDate.of(2026, 6, 30)), contract.requestParameters(FederationPort.NS, "getFederationOverview",
                "<f:getFederationOverview xmlns:f=\"" + FederationPort.NS + "\"><f:asOf>2026-06-30</f:asOf></f:getFederationOverview>"));
        assertEquals(Arrays.asList((Object) null), contract.requestParameters(FederationPort.NS, "reportUpward",
                "<f:reportUpward xmlns:f=\"" + FederationPort.NS + "\"/>"));
    }
}
