package org.castpb.workers.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.castpb.api.workers.AllowanceSchemeInfo;
import org.castpb.spi.AllowanceScheme;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The allowance schemes bound now: they arrive and leave with their features, at any time, from any thread. A scheme
 * without an id, or with an id already bound, is refused with a log entry.
 */
@Component(service = AllowanceSchemes.class)
public class AllowanceSchemes {

    private static final Logger LOG = LoggerFactory.getLogger(AllowanceSchemes.class);

    /** A bound scheme with its description and the OSGi service id it came under. */
    record Bound(AllowanceScheme scheme, AllowanceSchemeInfo info, long serviceId) {
    }

    private final Map<String, Bound> schemes = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, unbind = "removeScheme")
    void addScheme(ServiceReference<AllowanceScheme> reference, AllowanceScheme scheme) {
        add(scheme, (Long) reference.getProperty(Constants.SERVICE_ID), reference.getProperty(AllowanceScheme.SCHEME_ID),
                reference.getProperty(AllowanceScheme.SCHEME_NAME), reference.getProperty(AllowanceScheme.REGION));
    }

    void removeScheme(ServiceReference<AllowanceScheme> reference) {
        long serviceId = (Long) reference.getProperty(Constants.SERVICE_ID);
        schemes.values().removeIf(b -> b.serviceId() == serviceId);
    }

    /** Binds a scheme described by its properties; package-private so tests can bind without a framework. */
    boolean add(AllowanceScheme scheme, long serviceId, Object id, Object name, Object region) {
        if (!(id instanceof String sid) || sid.isBlank()) {
            LOG.error("Allowance scheme (service {}) refused: the service property {} is required", serviceId, AllowanceScheme.SCHEME_ID);
            return false;
        }
        String prefix = region instanceof String r ? r.strip() : "";
        if (!prefix.isEmpty() && !prefix.matches("\\d{2}|\\d{4}|\\d{6}")) {
            LOG.error("Allowance scheme {} refused: region '{}' is not a GB/T 2260 prefix", sid, prefix);
            return false;
        }
        String label = name instanceof String n && !n.isBlank() ? n : sid;
        Bound bound = new Bound(scheme, new AllowanceSchemeInfo(sid, label, prefix), serviceId);
        if (schemes.putIfAbsent(sid, bound) != null) {
            LOG.error("Allowance scheme {} (service {}) refused: a scheme with that id is bound already", sid, serviceId);
            return false;
        }
        LOG.info("Allowance scheme {} ({}) bound", sid, label);
        return true;
    }

    Optional<Bound> scheme(String id) {
        return Optional.ofNullable(id == null ? null : schemes.get(id));
    }

    List<AllowanceSchemeInfo> infos() {
        return schemes.values().stream().map(Bound::info).sorted(Comparator.comparing(AllowanceSchemeInfo::id)).toList();
    }
}
