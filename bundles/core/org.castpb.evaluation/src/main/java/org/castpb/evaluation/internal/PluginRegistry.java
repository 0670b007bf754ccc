package org.castpb.evaluation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.ModuleInfo;
import org.castpb.api.evaluation.ModuleState;
import org.castpb.spi.EvaluationModule;
import org.castpb.spi.FundingScheme;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plugins bound now: evaluation modules and funding schemes arrive and leave with their features, at any
 * time, from any thread (dynamic, multiple references), and the campaigns read whatever is bound at the moment.
 * A plugin whose service properties are unusable is refused with a log entry naming the property; of two plugins
 * with one id the first stays bound.
 */
@Component(service = PluginRegistry.class)
public class PluginRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    private static final Comparator<Plugin<?>> NATIONAL_FIRST =
            Comparator.comparing((Plugin<?> p) -> p.region().length()).thenComparing(Plugin::id);

    private final Clock clock;
    private final Map<String, Plugin<EvaluationModule>> modules = new ConcurrentHashMap<>();
    private final Map<String, Plugin<FundingScheme>> schemes = new ConcurrentHashMap<>();
    private final Map<String, ModuleInfo> removedModules = new ConcurrentHashMap<>();
    private final Map<String, ModuleInfo> removedSchemes = new ConcurrentHashMap<>();

    public PluginRegistry() {
        this(Clock.systemUTC());
    }

    PluginRegistry(Clock clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeModule")
    void addModule(ServiceReference<EvaluationModule> reference, EvaluationModule module) {
        addModule(module, reference.getProperty(Constants.SERVICE_ID), properties(reference), reference.getBundle());
    }

    void removeModule(ServiceReference<EvaluationModule> reference) {
        removeById((Long) reference.getProperty(Constants.SERVICE_ID));
    }

    /** Unbinds the module registered under an OSGi service id; package-private for tests. */
    void removeById(long serviceId) {
        remove(modules, removedModules, serviceId);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeScheme")
    void addScheme(ServiceReference<FundingScheme> reference, FundingScheme scheme) {
        addScheme(scheme, reference.getProperty(Constants.SERVICE_ID), properties(reference), reference.getBundle());
    }

    void removeScheme(ServiceReference<FundingScheme> reference) {
        remove(schemes, removedSchemes, (Long) reference.getProperty(Constants.SERVICE_ID));
    }

    /** Binds a module described by its service properties; package-private so tests can bind without a framework. */
    boolean addModule(EvaluationModule module, Object serviceId, Map<String, Object> properties, Bundle bundle) {
        String bundleName = bundle == null ? "?" : bundle.getSymbolicName();
        try {
            String id = required(properties, EvaluationModule.MODULE_ID);
            List<EvaluationKind> kinds = kinds(properties.get(EvaluationModule.KINDS));
            ModuleInfo info = new ModuleInfo(id, name(properties, EvaluationModule.MODULE_NAME, id), version(bundle),
                    Regions.prefix(string(properties, EvaluationModule.REGION)), kinds, bundleName, ModuleState.ACTIVE,
                    Instant.now(clock));
            return bind(modules, removedModules, new Plugin<>(module, (Long) serviceId, info), "evaluation module");
        } catch (IllegalArgumentException e) {
            LOG.error("Evaluation module from bundle {} refused: {}", bundleName, e.getMessage());
            return false;
        }
    }

    /** Binds a scheme described by its service properties; package-private so tests can bind without a framework. */
    boolean addScheme(FundingScheme scheme, Object serviceId, Map<String, Object> properties, Bundle bundle) {
        String bundleName = bundle == null ? "?" : bundle.getSymbolicName();
        try {
            String id = required(properties, FundingScheme.SCHEME_ID);
            ModuleInfo info = new ModuleInfo(id, name(properties, FundingScheme.SCHEME_NAME, id), version(bundle),
                    Regions.prefix(string(properties, FundingScheme.REGION)), List.of(), bundleName,
                    ModuleState.ACTIVE, Instant.now(clock));
            return bind(schemes, removedSchemes, new Plugin<>(scheme, (Long) serviceId, info), "funding scheme");
        } catch (IllegalArgumentException e) {
            LOG.error("Funding scheme from bundle {} refused: {}", bundleName, e.getMessage());
            return false;
        }
    }

    /** The modules that serve {@code kind} for a society in {@code regionCode}: national ones first, then by id. */
    List<Plugin<EvaluationModule>> applicable(EvaluationKind kind, String regionCode) {
        return modules.values().stream().filter(p -> p.appliesTo(kind, regionCode)).sorted(NATIONAL_FIRST).toList();
    }

    Optional<Plugin<FundingScheme>> scheme(String id) {
        return Optional.ofNullable(id == null ? null : schemes.get(id));
    }

    /** Bound modules, then removed ones, national first. */
    List<ModuleInfo> moduleInfos() {
        return infos(modules.values(), removedModules.values());
    }

    List<ModuleInfo> schemeInfos() {
        return infos(schemes.values(), removedSchemes.values());
    }

    private static <T> List<ModuleInfo> infos(Collection<Plugin<T>> bound, Collection<ModuleInfo> removed) {
        List<ModuleInfo> all = new ArrayList<>(bound.stream().sorted(NATIONAL_FIRST).map(Plugin::info).toList());
        Set<String> boundIds = new LinkedHashSet<>(all.stream().map(ModuleInfo::id).toList());
        removed.stream().filter(r -> !boundIds.contains(r.id()))
                .sorted(Comparator.comparing((ModuleInfo r) -> r.region().length()).thenComparing(ModuleInfo::id))
                .forEach(all::add);
        return all;
    }

    private <T> boolean bind(Map<String, Plugin<T>> bound, Map<String, ModuleInfo> removed, Plugin<T> plugin,
                             String what) {
        Plugin<T> earlier = bound.putIfAbsent(plugin.id(), plugin);
        if (earlier != null) {
            LOG.error("A second {} with id {} (bundle {}) is ignored while {} {} is bound", what, plugin.id(),
                    plugin.info().bundle(), earlier.info().bundle(), earlier.version());
            return false;
        }
        removed.remove(plugin.id());
        LOG.info("Bound {} {} {} (region '{}') from bundle {}", what, plugin.id(), plugin.version(), plugin.region(),
                plugin.info().bundle());
        return true;
    }

    private <T> void remove(Map<String, Plugin<T>> bound, Map<String, ModuleInfo> removed, Long serviceId) {
        bound.values().stream().filter(p -> p.serviceId() == serviceId).findFirst().ifPresent(p -> {
            if (bound.remove(p.id(), p)) {
                ModuleInfo i = p.info();
                removed.put(i.id(), new ModuleInfo(i.id(), i.name(), i.version(), i.region(), i.kinds(), i.bundle(),
                        ModuleState.REMOVED, Instant.now(clock)));
                LOG.info("Unbound {} {} from bundle {}", i.id(), i.version(), i.bundle());
            }
        });
    }

    private static Map<String, Object> properties(ServiceReference<?> reference) {
        Map<String, Object> properties = new java.util.HashMap<>();
        for (String key : reference.getPropertyKeys()) {
            properties.put(key, reference.getProperty(key));
        }
        return properties;
    }

    private static String required(Map<String, Object> properties, String key) {
        String value = string(properties, key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("service property " + key + " is missing");
        }
        return value.trim();
    }

    private static String name(Map<String, Object> properties, String key, String fallback) {
        String value = string(properties, key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    private static String string(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException("service property " + key + " must be a String, not "
                    + value.getClass().getSimpleName());
        }
        return (String) value;
    }

    /** The kinds property: a String (comma separated allowed), a String[] or a collection of Strings. */
    static List<EvaluationKind> kinds(Object value) {
        List<String> names = new ArrayList<>();
        if (value instanceof String s) {
            names.addAll(List.of(s.split(",")));
        } else if (value instanceof String[] a) {
            names.addAll(List.of(a));
        } else if (value instanceof Collection<?> c) {
            c.forEach(o -> names.add(String.valueOf(o)));
        } else if (value != null) {
            throw new IllegalArgumentException("service property " + EvaluationModule.KINDS
                    + " must be a String or String[]");
        }
        Set<EvaluationKind> kinds = new LinkedHashSet<>();
        for (String name : names) {
            if (name.isBlank()) {
                continue;
            }
            try {
                kinds.add(EvaluationKind.valueOf(name.trim()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("service property " + EvaluationModule.KINDS + ": '" + name.trim()
                        + "' is not one of " + List.of(EvaluationKind.values()));
            }
        }
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("service property " + EvaluationModule.KINDS + " is missing");
        }
        return List.copyOf(kinds);
    }

    private static String version(Bundle bundle) {
        return bundle == null ? "0.0.0" : bundle.getVersion().toString();
    }
}
