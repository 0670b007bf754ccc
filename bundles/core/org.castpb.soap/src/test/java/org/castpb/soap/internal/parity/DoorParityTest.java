package org.castpb.soap.internal.parity;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.castpb.rest.internal.RestServer;
import org.castpb.soap.internal.SoapServer;
import org.junit.Test;

/**
 * REST and SOAP are two doors onto the same services: whatever one door can do, the other can. Each door's operations
 * are listed by reflection (JAX-RS resource methods by HTTP method and path, JAX-WS port operations) and mapped to the
 * capabilities they reach, the {@code org.castpb.api} service methods their code calls. A capability reached through
 * one door only fails this test, unless the allow-list below says why it belongs to that door alone.
 */
public class DoorParityTest {

    /** Capabilities deliberately offered by the REST door only, each with the reason. */
    static final Map<String, String> REST_ONLY = Map.of(
            "FederationService#receive", "a parent receives its children's reports over REST by design: a child's outbox posts "
                    + "them as JSON to the parent's /federation/reports with the reporting account",
            "DemoDataService#remove", "the demo data is a tour of the web console, loaded and removed there and by castpb:demo, "
                    + "not an integrator's capability",
            "SocietyService#createWithWarnings", "POST /societies answers the society with its warnings (a similar name); "
                    + "SOAP's createSociety creates the same society through SocietyService#create, its published answer has "
                    + "no place for warnings");

    /** Capabilities deliberately offered by the SOAP door only, each with the reason. */
    static final Map<String, String> SOAP_ONLY = Map.of(
            "SocietyService#create", "the same creation as REST's, see SocietyService#createWithWarnings in REST_ONLY");

    /**
     * Capabilities of the REST door the SOAP door does not offer yet: gaps, not choices, listed so that they stay in
     * sight and that no new one is added unnoticed. An entry whose port operation is added must go (the stale check
     * below fails until it does).
     */
    static final Set<String> SOAP_GAPS_TO_CLOSE = Set.of();

    /**
     * Operations that reach no service at all because they are about the door itself, each with the reason; any other
     * operation must reach a service, so that a new operation cannot slip past this test unmapped.
     */
    static final Map<String, String> DOOR_ONLY_OPERATIONS = Map.of();

    private static final List<DoorOperations.Operation> REST_OPERATIONS = DoorOperations.rest(RestServer.class);
    private static final List<DoorOperations.Operation> SOAP_OPERATIONS = DoorOperations.soap(SoapServer.class);

    @Test
    public void bothDoorsAreListed() {
        // a listing that found nothing would make every other test here pass without checking anything
        assertTrue("REST operations found: " + REST_OPERATIONS.size(), REST_OPERATIONS.size() > 100);
        assertTrue("SOAP operations found: " + SOAP_OPERATIONS.size(), SOAP_OPERATIONS.size() > 100);
    }

    @Test
    public void everyRestCapabilityIsOfferedOverSoap() {
        Set<String> allowed = new TreeSet<>(REST_ONLY.keySet());
        allowed.addAll(SOAP_GAPS_TO_CLOSE);
        List<String> gaps = missing(REST_OPERATIONS, SOAP_OPERATIONS, allowed);
        if (!gaps.isEmpty()) {
            fail("the SOAP door lacks " + gaps.size() + " capabilities of the REST door (add a port operation, or allow-list "
                    + "it in REST_ONLY with the reason):\n" + String.join("\n", gaps));
        }
    }

    @Test
    public void everySoapCapabilityIsOfferedOverRest() {
        List<String> gaps = missing(SOAP_OPERATIONS, REST_OPERATIONS, SOAP_ONLY.keySet());
        if (!gaps.isEmpty()) {
            fail("the REST door lacks " + gaps.size() + " capabilities of the SOAP door (add a resource method, or allow-list "
                    + "it in SOAP_ONLY with the reason):\n" + String.join("\n", gaps));
        }
    }

    @Test
    public void everyOperationReachesAServiceOrIsAllowListed() {
        List<String> unmapped = java.util.stream.Stream.concat(REST_OPERATIONS.stream(), SOAP_OPERATIONS.stream())
                .filter(o -> o.capabilities().isEmpty() && !DOOR_ONLY_OPERATIONS.containsKey(o.name()))
                .map(DoorOperations.Operation::name).sorted().toList();
        if (!unmapped.isEmpty()) {
            fail("operations reaching no service (a door's own operation goes into DOOR_ONLY_OPERATIONS with the reason):\n"
                    + String.join("\n", unmapped));
        }
    }

    @Test
    public void theAllowListsNameOnlyRealOneDoorCapabilities() {
        // an entry whose capability is now in both doors, or in none, is stale and would hide a future gap
        Set<String> restCapabilities = capabilities(REST_OPERATIONS);
        Set<String> soapCapabilities = capabilities(SOAP_OPERATIONS);
        Set<String> stale = new TreeSet<>();
        REST_ONLY.keySet().stream().filter(c -> !restCapabilities.contains(c) || soapCapabilities.contains(c)).forEach(stale::add);
        SOAP_GAPS_TO_CLOSE.stream().filter(c -> !restCapabilities.contains(c) || soapCapabilities.contains(c)).forEach(stale::add);
        SOAP_ONLY.keySet().stream().filter(c -> !soapCapabilities.contains(c) || restCapabilities.contains(c)).forEach(stale::add);
        Set<String> operations = java.util.stream.Stream.concat(REST_OPERATIONS.stream(), SOAP_OPERATIONS.stream())
                .filter(o -> o.capabilities().isEmpty()).map(DoorOperations.Operation::name).collect(Collectors.toSet());
        DOOR_ONLY_OPERATIONS.keySet().stream().filter(o -> !operations.contains(o)).forEach(stale::add);
        assertTrue("stale allow-list entries: " + stale, stale.isEmpty());
    }

    /** Each capability of {@code from} that {@code to} lacks and that is not allowed, with the operations offering it. */
    private static List<String> missing(List<DoorOperations.Operation> from, List<DoorOperations.Operation> to, Set<String> allowed) {
        Set<String> offered = capabilities(to);
        Map<String, Set<String>> gaps = new TreeMap<>();
        for (DoorOperations.Operation operation : from) {
            for (String capability : operation.capabilities()) {
                if (!offered.contains(capability) && !allowed.contains(capability)) {
                    gaps.computeIfAbsent(capability, c -> new TreeSet<>()).add(operation.name());
                }
            }
        }
        return gaps.entrySet().stream().map(e -> "  " + e.getKey() + "  <- " + String.join(", ", e.getValue())).toList();
    }

    private static Set<String> capabilities(List<DoorOperations.Operation> operations) {
        return operations.stream().flatMap(o -> o.capabilities().stream()).collect(Collectors.toCollection(TreeSet::new));
    }
}
