package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.jaxrs.model.ClassResourceInfo;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.jaxrs.utils.ResourceUtils;
import org.apache.cxf.message.ExchangeImpl;
import org.apache.cxf.message.Message;
import org.apache.cxf.message.MessageImpl;
import org.junit.Test;

/** The evaluation paths reach their methods beside the resources already rooted at /societies. */
public class EvaluationRoutingTest {

    private final List<ClassResourceInfo> roots = Stream.of(SocietyResource.class, LedgerResource.class, AdmissionResource.class,
                    EvaluationPluginResource.class, CampaignResource.class, CampaignAllocationResource.class,
                    AllocationResource.class, SocietyEvaluationResource.class)
            .map(c -> ResourceUtils.createClassResourceInfo(c, c, true, true)).toList();

    @Test
    public void evaluationPathsReachTheirMethods() {
        assertEquals("EvaluationPluginResource.modules", route("GET", "/evaluation/modules"));
        assertEquals("EvaluationPluginResource.schemes", route("GET", "/evaluation/funding-schemes"));
        assertEquals("CampaignResource.create", route("POST", "/evaluation/campaigns"));
        assertEquals("CampaignResource.list", route("GET", "/evaluation/campaigns"));
        assertEquals("CampaignResource.get", route("GET", "/evaluation/campaigns/7"));
        assertEquals("CampaignResource.run", route("POST", "/evaluation/campaigns/7/run"));
        assertEquals("CampaignResource.results", route("GET", "/evaluation/campaigns/7/results"));
        assertEquals("CampaignResource.result", route("GET", "/evaluation/campaigns/7/results/3"));
        assertEquals("CampaignAllocationResource.allocate", route("POST", "/evaluation/campaigns/7/allocations"));
        assertEquals("CampaignAllocationResource.list", route("GET", "/evaluation/campaigns/7/allocations"));
        assertEquals("AllocationResource.get", route("GET", "/evaluation/allocations/12"));
    }

    @Test
    public void societyEvaluationsSitBesideTheOtherSocietyPaths() {
        assertEquals("SocietyEvaluationResource.list", route("GET", "/societies/1/evaluations"));
        assertEquals("SocietyResource.get", route("GET", "/societies/1"));
        assertEquals("SocietyResource.history", route("GET", "/societies/1/history"));
        assertEquals("AdmissionResource.check", route("GET", "/societies/1/admission-check"));
        assertEquals("LedgerResource.get", route("GET", "/societies/1/ledger"));
    }

    private String route(String method, String path) {
        Message message = new MessageImpl();
        message.setExchange(new ExchangeImpl());
        // the resource comparator reads optional settings from the endpoint; none are set here
        message.getExchange().put(Endpoint.class, (Endpoint) Proxy.newProxyInstance(Endpoint.class.getClassLoader(),
                new Class<?>[] {Endpoint.class}, (proxy, m, args) -> m.getName().equals("hashCode") ? 0 : null));
        Map<ClassResourceInfo, MultivaluedMap<String, String>> matched = JAXRSUtils.selectResourceClass(roots, path, message);
        MultivaluedMap<String, String> values = matched.values().iterator().next();
        OperationResourceInfo operation = JAXRSUtils.findTargetMethod(matched, message, method, values,
                MediaType.APPLICATION_JSON, List.of(MediaType.WILDCARD_TYPE));
        return operation.getClassResourceInfo().getServiceClass().getSimpleName() + "." + operation.getMethodToInvoke().getName();
    }
}
