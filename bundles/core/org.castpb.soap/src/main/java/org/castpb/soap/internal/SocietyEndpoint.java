package org.castpb.soap.internal;

import java.util.function.Supplier;
import javax.jws.WebService;
import org.castpb.api.SocietyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@link SocietyPort} onto {@link SocietyService}: a thin door, all rules stay in the service. */
@Component(service = SocietyEndpoint.class)
@WebService(serviceName = "SocietyService", portName = "SocietyPort", targetNamespace = SocietyPort.NS,
        endpointInterface = "org.castpb.soap.internal.SocietyPort")
public class SocietyEndpoint implements SocietyPort {

    private final SocietyService societies;

    @Activate
    public SocietyEndpoint(@Reference SocietyService societies) {
        this.societies = societies;
    }

    @Override
    public SocietyXml createSociety(SocietyDraftXml society) throws CastpbFault {
        return call(() -> SocietyXml.of(societies.create(SoapActors.current(), society == null ? null : society.toDraft())));
    }

    @Override
    public SocietyXml getSociety(long id) throws CastpbFault {
        return call(() -> SocietyXml.of(societies.get(id)));
    }

    @Override
    public SocietyXml updateSociety(long id, long version, SocietyDraftXml society) throws CastpbFault {
        return call(() -> SocietyXml.of(societies.update(SoapActors.current(), id, version, society == null ? null : society.toDraft())));
    }

    @Override
    public SocietyPageXml listSocieties(SocietyFilterXml filter) throws CastpbFault {
        return call(() -> SocietyPageXml.of(societies.list(SocietyFilterXml.toQuery(filter))));
    }

    private static <T> T call(Supplier<T> work) throws CastpbFault {
        try {
            return work.get();
        } catch (RuntimeException e) {
            throw Faults.of(e);
        }
    }
}
