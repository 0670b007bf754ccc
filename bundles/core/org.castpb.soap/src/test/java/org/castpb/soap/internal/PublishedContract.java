package org.castpb.soap.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.wsdl.Definition;
import javax.wsdl.factory.WSDLFactory;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.databinding.WrapperHelper;
import org.apache.cxf.jaxb.JAXBDataBinding;
import org.apache.cxf.jaxws.support.JaxWsServiceFactoryBean;
import org.apache.cxf.service.Service;
import org.apache.cxf.service.model.MessagePartInfo;
import org.apache.cxf.service.model.OperationInfo;
import org.apache.cxf.wsdl11.ServiceWSDLBuilder;

/** A port's published contract, built by CXF from the endpoint class as the server does, without a server. */
public final class PublishedContract implements AutoCloseable {

    private final Bus bus;
    private final Service service;
    private final String wsdl;

    private PublishedContract(Bus bus, Service service, String wsdl) {
        this.bus = bus;
        this.service = service;
        this.wsdl = wsdl;
    }

    public static PublishedContract of(Class<?> endpoint) throws Exception {
        Bus bus = BusFactory.newInstance().createBus();
        JaxWsServiceFactoryBean factory = new JaxWsServiceFactoryBean();
        factory.setBus(bus);
        factory.setServiceClass(endpoint);
        Service service = factory.create();
        Definition definition = new ServiceWSDLBuilder(bus, service.getServiceInfos()).build();
        StringWriter out = new StringWriter();
        WSDLFactory.newInstance().newWSDLWriter().writeWSDL(definition, out);
        return new PublishedContract(bus, service, out.toString());
    }

    public Service service() {
        return service;
    }

    /** The WSDL as published. */
    public String wsdl() {
        return wsdl;
    }

    /** The local names of the port's operations, sorted. */
    public Set<String> operations() {
        Set<String> names = new TreeSet<>();
        for (OperationInfo op : service.getServiceInfos().get(0).getInterface().getOperations()) {
            names.add(op.getName().getLocalPart());
        }
        return names;
    }

    /**
     * What CXF's wrapped-style reading makes of a request body: the endpoint method's arguments.
     *
     * @param namespace the port's namespace
     */
    public List<Object> requestParameters(String namespace, String operation, String body) throws Exception {
        OperationInfo op = service.getServiceInfos().get(0).getInterface().getOperation(new QName(namespace, operation));
        MessagePartInfo wrapperPart = op.getInput().getFirstMessagePart();
        XMLStreamReader xml = XMLInputFactory.newInstance().createXMLStreamReader(new StringReader(body));
        xml.nextTag();
        JAXBDataBinding binding = (JAXBDataBinding) service.getDataBinding();
        Object wrapper = binding.createReader(XMLStreamReader.class).read(wrapperPart, xml);
        List<String> names = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Class<?>> classes = new ArrayList<>();
        for (MessagePartInfo part : op.getUnwrappedOperation().getInput().getMessageParts()) {
            names.add(part.getName().getLocalPart());
            types.add(part.getTypeQName() == null ? null : part.getTypeQName().getLocalPart());
            classes.add(part.getTypeClass());
        }
        WrapperHelper helper = binding.createWrapperHelper(wrapperPart.getTypeClass(), wrapperPart.getElementQName(), names, types, classes);
        return helper.getWrapperParts(wrapper);
    }

    @Override
    public void close() {
        bus.shutdown(true);
    }
}
