package org.castpb.soap.internal;

import javax.xml.namespace.QName;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxws.JaxWsServerFactoryBean;
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
    private static final Logger LOG = LoggerFactory.getLogger(SoapServer.class);

    private final Server server;

    @Activate
    public SoapServer(@Reference SocietyEndpoint societies) {
        JaxWsServerFactoryBean bean = new JaxWsServerFactoryBean();
        bean.setBus(BusFactory.getDefaultBus());
        bean.setServiceClass(SocietyEndpoint.class);
        bean.setServiceName(new QName(SocietyPort.NS, "SocietyService"));
        bean.setEndpointName(new QName(SocietyPort.NS, "SocietyPort"));
        bean.setServiceBean(societies);
        bean.setAddress(ADDRESS);
        bean.getInInterceptors().add(new BasicAuthInterceptor());
        bean.getOutFaultInterceptors().add(new ClientFaultInterceptor());
        server = bean.create();
        LOG.info("castpb SOAP service published at {}", ADDRESS);
    }

    @Deactivate
    public void deactivate() {
        server.destroy();
    }
}
