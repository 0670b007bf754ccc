package org.castpb.itests;

import static org.awaitility.Awaitility.await;
import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.inject.Inject;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.Discipline;
import org.castpb.api.ForbiddenException;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.ImportMode;
import org.castpb.api.ImportReport;
import org.castpb.api.LedgerDraft;
import org.castpb.api.LedgerService;
import org.castpb.api.NotFoundException;
import org.castpb.api.Scope;
import org.castpb.api.Society;
import org.castpb.api.SocietyDraft;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.SocietyTransferService;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * Who sees and changes what: five accounts (national admin, local admins of Zhejiang 33 and Shanghai 31, the
 * secretary of one Hangzhou society, a Zhejiang viewer) against every endpoint family, read and write. The
 * expected outcome of every cell is written once, in {@link #MATRIX}; every door must give exactly that.
 *
 * <p>Four societies are the fixtures: Z (Zhejiang, provincial, 330000), H (Hangzhou, municipal, 330100; the
 * secretary's), S (Shanghai, provincial, 310000) and N (national, 100000). A list cell names the fixtures the
 * account sees, so a leak shows as a letter too many.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ScopeMatrixIT extends CastpbTestSupport {

    static final List<String> ACCOUNTS = List.of("national", "zj-admin", "sh-admin", "h-secretary", "zj-viewer");

    /** Operation, then the outcome for each of {@link #ACCOUNTS}: ok, 403, 404, or the fixtures a list returns. */
    static final String[][] MATRIX = {
        // records: societies
        {"list societies", "HNSZ", "HZ", "S", "H", "HZ"},
        {"get society Z", "ok", "ok", "404", "404", "ok"},
        {"get society N", "ok", "404", "404", "404", "404"},
        {"history of S", "ok", "404", "ok", "404", "404"},
        {"create society in 33", "ok", "ok", "403", "403", "403"},
        {"create national society", "ok", "403", "403", "403", "403"},
        {"update society H", "ok", "ok", "403", "ok", "403"},
        {"update society N", "ok", "403", "403", "403", "403"},
        {"move society Z to 31", "ok", "403", "403", "403", "403"},
        // records: ledgers
        {"ledger of H", "ok", "ok", "404", "ok", "ok"},
        {"ledger revisions of S", "ok", "404", "ok", "404", "404"},
        {"unclear ledgers", "HNSZ", "HZ", "S", "H", "HZ"},
        {"write ledger of H", "ok", "ok", "403", "ok", "403"},
        {"write ledger of Z", "ok", "ok", "403", "403", "403"},
        // records: import and export
        {"export societies", "HNSZ", "HZ", "S", "H", "HZ"},
        {"import a 33 row and a 31 row", "ok", "refused line 3", "refused line 2", "403", "403"},
    };

    @Inject
    SocietyService societies;
    @Inject
    LedgerService ledgers;
    @Inject
    SocietyTransferService transfers;

    private static final Map<String, Long> FIXTURES = new LinkedHashMap<>();
    private static int serial;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Before
    public void fixtures() {
        await().atMost(60, TimeUnit.SECONDS).until(() -> get("/v1/societies?limit=1").statusCode() == 200);
        if (FIXTURES.isEmpty()) {
            FIXTURES.put("Z", create(Actor.SYSTEM, "浙江省科学技术史学会", SocietyLevel.PROVINCIAL, "330000").id());
            FIXTURES.put("H", create(Actor.SYSTEM, "杭州市计算机学会", SocietyLevel.MUNICIPAL, "330100").id());
            FIXTURES.put("S", create(Actor.SYSTEM, "上海市声学学会", SocietyLevel.PROVINCIAL, "310000").id());
            FIXTURES.put("N", create(Actor.SYSTEM, "中国矩阵学会", SocietyLevel.NATIONAL, "100000").id());
        }
    }

    /** The services themselves, called with each account's actor: the rule every door passes on. */
    @Test
    public void theServicesGiveEveryAccountExactlyItsScope() {
        Map<String, Actor> actors = Map.of(
                "national", new Actor("national", Set.of("national-admin"), Scope.ALL),
                "zj-admin", new Actor("zj-admin", Set.of("local-admin"), Scope.region("33")),
                "sh-admin", new Actor("sh-admin", Set.of("local-admin"), Scope.region("31")),
                "h-secretary", new Actor("h-secretary", Set.of("society-secretary"), Scope.societies(List.of(FIXTURES.get("H")))),
                "zj-viewer", new Actor("zj-viewer", Set.of("viewer"), Scope.region("33")));
        assertMatrix(account -> operation -> onService(actors.get(account), operation));
    }

    @Test
    public void aRealmUserWithoutCastpbRoleReadsNothing() {
        Actor outsider = new Actor("outsider", Set.of("manager"));
        assertEquals("403 FORBIDDEN", refusal(() -> societies.list(outsider, SocietyQuery.all())));
        assertEquals("403 FORBIDDEN", refusal(() -> societies.get(outsider, FIXTURES.get("Z"))));
        assertEquals("403 FORBIDDEN", refusal(() -> ledgers.unclear(outsider, SocietyQuery.all())));
        assertEquals("403 FORBIDDEN", refusal(() -> transfers.exportCsv(outsider, SocietyQuery.all(), new ByteArrayOutputStream())));
    }

    @Test
    public void aWriteOutsideTheScopeSaysSoWithItsCode() {
        Actor zj = new Actor("zj-admin", Set.of("local-admin"), Scope.region("33"));
        assertEquals("403 " + ForbiddenException.OUT_OF_SCOPE, refusal(() -> update(zj, "S", null)));
        assertEquals("403 " + ForbiddenException.CODE,
                refusal(() -> update(new Actor("zj-viewer", Set.of("viewer"), Scope.region("33")), "Z", null)));
    }

    /** Checks every cell of the matrix through one door, and reports all differing cells at once. */
    private void assertMatrix(Function<String, Function<String, String>> door) {
        List<String> differences = new ArrayList<>();
        for (String[] row : MATRIX) {
            for (int a = 0; a < ACCOUNTS.size(); a++) {
                String actual = door.apply(ACCOUNTS.get(a)).apply(row[0]);
                if (!row[a + 1].equals(actual)) {
                    differences.add(row[0] + " by " + ACCOUNTS.get(a) + ": expected " + row[a + 1] + ", got " + actual);
                }
            }
        }
        assertEquals(String.join("\n", differences), 0, differences.size());
    }

    private String onService(Actor actor, String operation) {
        return switch (operation) {
            case "list societies" -> visible(societies.list(actor, SocietyQuery.all().page(0, SocietyQuery.MAX_LIMIT)).items()
                    .stream().map(Society::id).toList());
            case "get society Z" -> outcome(() -> societies.get(actor, FIXTURES.get("Z")));
            case "get society N" -> outcome(() -> societies.get(actor, FIXTURES.get("N")));
            case "history of S" -> outcome(() -> societies.history(actor, FIXTURES.get("S")));
            case "create society in 33" -> outcome(() -> create(actor, "浙江省新建学会" + serial, SocietyLevel.PROVINCIAL, "330000"));
            case "create national society" -> outcome(() -> create(actor, "中国新建学会" + serial, SocietyLevel.NATIONAL, "100000"));
            case "update society H" -> outcome(() -> update(actor, "H", null));
            case "update society N" -> outcome(() -> update(actor, "N", null));
            case "move society Z to 31" -> outcome(() -> {
                Society moved = update(actor, "Z", "310000");
                update(Actor.SYSTEM, "Z", "330000");
                return moved;
            });
            case "ledger of H" -> outcome(() -> ledgers.current(actor, FIXTURES.get("H")));
            case "ledger revisions of S" -> outcome(() -> ledgers.revisions(actor, FIXTURES.get("S")));
            case "unclear ledgers" -> visible(ledgers.unclear(actor, SocietyQuery.all().page(0, SocietyQuery.MAX_LIMIT)).items()
                    .stream().map(u -> u.society().id()).toList());
            case "write ledger of H" -> outcome(() -> writeLedger(actor, "H"));
            case "write ledger of Z" -> outcome(() -> writeLedger(actor, "Z"));
            case "export societies" -> exported(actor);
            case "import a 33 row and a 31 row" -> imported(actor);
            default -> throw new IllegalArgumentException("no such operation in the matrix: " + operation);
        };
    }

    private String exported(Actor actor) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfers.exportCsv(actor, SocietyQuery.all(), out);
        String csv = out.toString(StandardCharsets.UTF_8);
        Set<String> seen = new TreeSet<>();
        for (Map.Entry<String, Long> fixture : FIXTURES.entrySet()) {
            if (csv.contains(societies.get(Actor.SYSTEM, fixture.getValue()).uscc())) {
                seen.add(fixture.getKey());
            }
        }
        return String.join("", seen);
    }

    private String imported(Actor actor) {
        String csv = "名称,统一社会信用代码,类型,级别,行政区划代码,学科,团体会员状态\n"
                + "浙江省导入学会," + Usccs.valid("330000", 7001) + ",学会,省级,330000,理科,非会员\n"
                + "上海市导入学会," + Usccs.valid("310000", 7002) + ",学会,省级,310000,理科,非会员\n";
        try {
            ImportReport report = transfers.importCsv(actor, new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                    ImportMode.ALL_OR_NOTHING);
            return report.errors().isEmpty() ? "ok" : "refused line " + report.errors().stream()
                    .map(e -> String.valueOf(e.row())).distinct().collect(Collectors.joining(","));
        } catch (CastpbException e) {
            return status(e);
        }
    }

    private static String visible(List<Long> ids) {
        Set<String> seen = new TreeSet<>();
        FIXTURES.forEach((name, id) -> {
            if (ids.contains(id)) {
                seen.add(name);
            }
        });
        return String.join("", seen);
    }

    private Society create(Actor actor, String name, SocietyLevel level, String region) {
        return societies.create(actor, SocietyDraft.of(name, Usccs.valid(region, 8000 + serial++), SocietyKind.SOCIETY, level,
                region, Discipline.SCIENCE, GroupMemberStatus.NONE));
    }

    /** Rewrites a fixture's record (its English name, or its region), as the actor. */
    private Society update(Actor actor, String fixture, String region) {
        Society now = societies.get(Actor.SYSTEM, FIXTURES.get(fixture));
        SocietyDraft draft = new SocietyDraft(now.name(), "Society " + serial++, now.uscc(), null, now.kind(), now.level(),
                region == null ? now.regionCode() : region, now.discipline(), now.supervisingUnit(), now.groupMemberStatus(),
                now.groupMemberAppliedOn(), now.groupMemberAdmittedOn(), now.registrationStatus(), now.foundingYear(),
                now.contactName(), now.contactPhone(), now.contactEmail(), now.partyBuildingInCharter());
        return societies.update(actor, now.id(), now.version(), draft);
    }

    private Object writeLedger(Actor actor, String fixture) {
        long id = FIXTURES.get(fixture);
        int revision = ledgers.current(Actor.SYSTEM, id).revision();
        LedgerDraft empty = LedgerDraft.empty();
        LedgerDraft draft = new LedgerDraft(empty.runningState(), empty.lastInspectionResult(), empty.lastInspectionYear(),
                serial++, empty.fullTimeStaff(), empty.staffPartyMembers(), empty.formalMembers(), empty.probationaryMembers(),
                empty.relationshipsHere(), empty.relationshipsElsewhere(), empty.leaders(), empty.partyOrganisationEstablished(),
                empty.noOrganisationReason(), empty.noOrganisationText(), empty.note());
        return ledgers.update(actor, id, revision, draft);
    }

    /** The refusal's HTTP status and code, or ok. */
    private static String refusal(Runnable call) {
        try {
            call.run();
            return "ok";
        } catch (CastpbException e) {
            return status(e) + " " + e.code();
        }
    }

    /** ok, or the refusal's HTTP status as the doors answer it. */
    private static String outcome(java.util.function.Supplier<?> call) {
        try {
            call.get();
            return "ok";
        } catch (NotFoundException e) {
            return "404";
        } catch (ForbiddenException e) {
            return "403";
        } catch (CastpbException e) {
            return e.code();
        }
    }

    private static String status(CastpbException e) {
        return e instanceof ForbiddenException ? "403" : e instanceof NotFoundException ? "404" : e.code();
    }
}
