package org.castpb.shell.internal;

import static org.castpb.shell.internal.EvaluationCommandsTest.line;
import static org.castpb.shell.internal.ShellTests.error;
import static org.castpb.shell.internal.ShellTests.fake;
import static org.castpb.shell.internal.ShellTests.run;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.castpb.api.ConflictException;
import org.castpb.api.evaluation.Allocation;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.FundingService;
import org.junit.Test;

public class FundingCommandsTest {

    private static final Allocation ALLOCATION = new Allocation(3, 7, "award", "1.0.0", new BigDecimal("100000.00"),
            new BigDecimal("90000.00"), "2026年度以奖代补", "admin", Instant.parse("2026-11-26T02:00:00Z"), List.of(
            new Award(11, FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, new BigDecimal("60000.00"), "EXCELLENT: 2 shares of 30000.00"),
            new Award(12, FundingChannel.SERVICE_PURCHASE, new BigDecimal("30000.00"), "vetoed: party-building services purchased")));

    private final List<String> calls = new ArrayList<>();
    private RuntimeException refusal;

    private final FundingService funding = fake(FundingService.class, (name, args) -> {
        calls.add(name + Arrays.toString(args));
        if (refusal != null) {
            throw refusal;
        }
        return switch (name) {
            case "allocate", "get" -> ALLOCATION;
            case "byCampaign" -> (long) args[1] == 7 ? List.of(ALLOCATION) : List.of();
            default -> throw new UnsupportedOperationException(name);
        };
    });

    @Test
    public void allocateHandsTheBudgetAsTypedAndPrintsTheAwardsAndTotal() {
        AllocateFunding command = allocate("100000.00");
        command.note = "2026年度以奖代补";

        String out = run(command);

        assertEquals(List.of("allocate[null, 7, award, 100000.00, 2026年度以奖代补]"), calls);
        assertTrue(out, out.startsWith("Allocation 3 of campaign 7 by scheme award 1.0.0, made by admin at 2026-11-26T10:00:00+08:00: "
                + "2026年度以奖代补\n"));
        assertTrue(out, line(out, "EXCELLENT").contains("AWARD_IN_LIEU_OF_SUBSIDY") && line(out, "EXCELLENT").contains("60000.00"));
        assertTrue(out, line(out, "vetoed").contains("SERVICE_PURCHASE"));
        assertTrue(out, out.endsWith("Total 90000.00 of a budget of 100000.00 yuan to 2 awards\n"));
    }

    @Test
    public void aBudgetThatIsNoNumberIsRefusedBeforeAskingTheService() {
        assertEquals("Error: budget must be an amount in yuan like 100000.00, got '10万'", error(allocate("10万")));
        assertEquals(List.of(), calls);
    }

    @Test
    public void fundingAnUnfinishedCampaignShowsTheServiceCode() {
        refusal = new ConflictException(FundingService.CAMPAIGN_NOT_COMPLETED,
                "campaign 7 is RUNNING; only a COMPLETED campaign's results can be funded");

        assertEquals("Error: CAMPAIGN_NOT_COMPLETED: campaign 7 is RUNNING; only a COMPLETED campaign's results can be funded",
                error(allocate("100000")));
    }

    @Test
    public void showPrintsTheRecordedAllocation() {
        ShowAllocation command = new ShowAllocation();
        command.funding = funding;
        command.allocationId = 3;

        String out = run(command);

        assertEquals(List.of("get[null, 3]"), calls);
        assertTrue(out, out.endsWith("Total 90000.00 of a budget of 100000.00 yuan to 2 awards\n"));
    }

    @Test
    public void listShowsEachAllocationOrSaysThereIsNone() {
        ListAllocations command = new ListAllocations();
        command.funding = funding;
        command.campaignId = 7;
        String row = line(run(command), "award");
        assertTrue(row, row.contains("1.0.0") && row.contains("100000.00") && row.contains("90000.00") && row.contains("admin"));

        command.campaignId = 8;
        assertTrue(run(command).contains("no allocation from campaign 8 yet"));
    }

    private AllocateFunding allocate(String budget) {
        AllocateFunding command = new AllocateFunding();
        command.funding = funding;
        command.campaignId = 7;
        command.schemeId = "award";
        command.budget = budget;
        return command;
    }
}
