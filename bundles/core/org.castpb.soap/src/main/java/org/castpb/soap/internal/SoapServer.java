package org.castpb.soap.internal;

import javax.xml.namespace.QName;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
import org.castpb.soap.internal.organisation.OrganisationEndpoint;
import org.castpb.soap.internal.organisation.OrganisationPort;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Publishes the SOAP services at {@code /api/soap/...} while their services are there. */
@Component(immediate = true)
public class SoapServer {

    static final String ADDRESS = "/soap/SocietyService";
    static final String ORGANISATION_ADDRESS = "/soap/OrganisationService";
    private static final Logger LOG = LoggerFactory.getLogger(SoapServer.class);

    private final Server server;
    private final Server organisationServer;

    @Activate
    public SoapServer(@Reference SocietyEndpoint societies, @Reference OrganisationEndpoint organisations) {
        server = publish(SocietyEndpoint.class, societies, SocietyPort.NS, "SocietyService", "SocietyPort", ADDRESS);
        Server second;
        try {
            second = publish(OrganisationEndpoint.class, organisations, OrganisationPort.NS, "OrganisationService", "OrganisationPort",
                    ORGANISATION_ADDRESS);
        } catch (RuntimeException e) {
            server.destroy();
            throw e;
        }
        organisationServer = second;
    }

    /** One service behind the same HTTP Basic login and with refusals marked as the caller's. */
    private static Server publish(Class<?> endpointClass, Object endpoint, String namespace, String serviceName, String portName,
                                  String address) {
        JaxWsServerFactoryBean bean = new JaxWsServerFactoryBean();
        bean.setBus(BusFactory.getDefaultBus());
        bean.setServiceClass(endpointClass);
        bean.setServiceName(new QName(namespace, serviceName));
        bean.setEndpointName(new QName(namespace, portName));
        bean.setServiceBean(endpoint);
        bean.setAddress(address);
        bean.getInInterceptors().add(new BasicAuthInterceptor(namespace));
        bean.getOutFaultInterceptors().add(new ClientFaultInterceptor());
        Server created = bean.create();
        LOG.info("castpb SOAP service published at {}", address);
        return created;
    }

    @Deactivate
    public void deactivate() {
        try {
            organisationServer.destroy();
        } finally {
            server.destroy();
        }
    }
}
