package org.castpb.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castpb.api.organisation.EstablishmentRequest;
import org.castpb.api.organisation.EstablishmentRequestService;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisationDraft;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.organisation.Secretary;
import org.castpb.api.organisation.SecretarySource;
import org.castpb.api.organisation.WarningAcceptance;
import org.junit.Test;

public class AcceptWarningTest {

    private static final LocalDate DAY = LocalDate.of(2016, 12, 1);
    private static final PartyOrganisationDraft DRAFT = new PartyOrganisationDraft("中国数学会党支部", OrganisationType.BRANCH, null,
            List.of(11L), new Secretary("王小明", SecretarySource.PRINCIPAL_LEADER), 2, 1, null, DAY, DAY, DAY.plusYears(3).minusDays(1), null);
    private static final List<RuleWarning> WARNINGS = List.of(
            new RuleWarning(RuleWarning.TOO_FEW_MEMBERS, "a BRANCH needs at least 3 formal members, it has 2", "2016"),
            new RuleWarning(RuleWarning.TERM_LENGTH, "a BRANCH term is 3 years", "2016"));

    private final List<String> calls = new ArrayList<>();

    @Test
    public void acceptsOnTheVersionJustReadAndShowsWhichWarningsAreAccepted() {
        AcceptWarning command = new AcceptWarning();
        command.requests = fakeRequests();
        command.requestId = 12;
        command.code = RuleWarning.TOO_FEW_MEMBERS;
        command.justification = "与中国力学学会联合组建前过渡";

        String out = run(command);

        assertEquals(List.of("get[null, 12]", "acceptWarning[null, 12, 4, TOO_FEW_MEMBERS, 与中国力学学会联合组建前过渡]"), calls);
        assertTrue(out, out.startsWith("Request 12 (SUBMITTED, version 5): 中国数学会党支部, BRANCH, societies [11]: warning TOO_FEW_MEMBERS accepted"));
        assertTrue(out, out.contains("Rule warnings (checked again today):"));
        assertTrue(out, out.contains("by admin: 与中国力学学会联合组建前过渡"));
        assertTrue(out, out.contains("TERM_LENGTH"));
    }

    @Test
    public void aRequestWithoutWarningsSaysSo() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        EstablishmentRequests.printWarnings(new PrintStream(bytes, true, StandardCharsets.UTF_8), "Rule warnings", List.of(),
                request(0, List.of()));
        assertEquals("Rule warnings: none" + System.lineSeparator(), bytes.toString(StandardCharsets.UTF_8));
    }

    private EstablishmentRequestService fakeRequests() {
        return (EstablishmentRequestService) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {EstablishmentRequestService.class}, (proxy, method, args) -> {
                    calls.add(method.getName() + Arrays.toString(args));
                    return switch (method.getName()) {
                        case "get" -> request(4, List.of());
                        case "acceptWarning" -> request(5, List.of(new WarningAcceptance(RuleWarning.TOO_FEW_MEMBERS, (String) args[4],
                                "admin", Instant.parse("2016-12-02T02:00:00Z"))));
                        default -> throw new UnsupportedOperationException(method.getName());
                    };
                });
    }

    private static EstablishmentRequest request(long version, List<WarningAcceptance> acceptances) {
        return new EstablishmentRequest(12, DRAFT, RequestState.SUBMITTED, version == 0 ? List.of() : WARNINGS, acceptances, List.of(),
                null, Instant.parse("2016-12-01T02:00:00Z"), version);
    }

    /** Runs the command with the console's output captured, as Karaf binds System.out to the session. */
    private static String run(CastpbCommand command) {
        PrintStream console = System.out;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            command.execute();
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            System.setOut(console);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
