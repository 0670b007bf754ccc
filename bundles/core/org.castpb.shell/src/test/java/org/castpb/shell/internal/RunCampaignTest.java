package org.castpb.shell.internal;

import static org.castpb.shell.internal.ShellTests.error;
import static org.castpb.shell.internal.ShellTests.fake;
import static org.castpb.shell.internal.ShellTests.run;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.castpb.api.ConflictException;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.evaluation.EvaluationService;
import org.junit.Test;

public class RunCampaignTest {

    private static final Instant AT = Instant.parse("2026-11-26T02:00:00Z");

    private final List<String> calls = new ArrayList<>();
    /** What get() answers, one campaign per call; the last is answered again once the others are used up. */
    private final Deque<Campaign> progress = new ArrayDeque<>();
    private RuntimeException refusal;
    private long now;
    private final List<Long> pauses = new ArrayList<>();

    private final EvaluationService evaluations = fake(EvaluationService.class, (name, args) -> {
        calls.add(name + Arrays.toString(args));
        if (refusal != null) {
            throw refusal;
        }
        return switch (name) {
            case "run" -> campaign(CampaignStatus.RUNNING, 0, 120);
            case "get" -> progress.size() > 1 ? progress.poll() : progress.peek();
            default -> throw new UnsupportedOperationException(name);
        };
    });

    @Test
    public void withoutWaitItStartsTheRunAndReturnsAtOnce() {
        RunCampaign command = command();

        String out = run(command);

        assertEquals(List.of("run[null, 7]"), calls);
        assertEquals("Started campaign 7 (2026 annual inspection): RUNNING\n"
                + "Follow it with: evaluation:campaigns, or evaluation:run --wait next time\n", out);
    }

    @Test
    public void waitFollowsTheRunPrintingProgressWhenItMovesUntilItEnds() {
        progress.addAll(List.of(campaign(CampaignStatus.RUNNING, 50, 120), campaign(CampaignStatus.RUNNING, 50, 120),
                campaign(CampaignStatus.RUNNING, 100, 120), campaign(CampaignStatus.COMPLETED, 120, 120)));
        RunCampaign command = command();
        command.waitForEnd = true;

        String out = run(command);

        assertEquals(List.of("run[null, 7]", "get[null, 7]", "get[null, 7]", "get[null, 7]", "get[null, 7]"), calls);
        assertEquals(List.of(1000L, 1000L, 1000L, 1000L), pauses);
        assertEquals("Started campaign 7 (2026 annual inspection): RUNNING\n"
                + "  0/120 societies evaluated\n"
                + "  50/120 societies evaluated\n"
                + "  100/120 societies evaluated\n"
                + "Campaign 7 (2026 annual inspection) COMPLETED: 120/120 societies evaluated, 100 passed, 15 failed, 5 incomplete, "
                + "2 module errors\n"
                + "See its results with: evaluation:results 7\n", out);
    }

    @Test
    public void waitGivesUpWhenTheTimeIsUpAndTheRunGoesOn() {
        progress.add(campaign(CampaignStatus.RUNNING, 10, 120));
        RunCampaign command = command();
        command.waitForEnd = true;
        command.timeoutSeconds = 3;

        String out = run(command);

        assertEquals("at most the time allowed: " + pauses, 3000L, pauses.stream().mapToLong(Long::longValue).sum(), 3);
        assertTrue(out, out.endsWith("  10/120 societies evaluated\n"
                + "Still running after 3 s; it goes on: follow it with evaluation:campaigns\n"));
    }

    @Test
    public void anInterruptedWaitStopsWaitingOnly() {
        RunCampaign command = command();
        command.waitForEnd = true;
        command.pause = millis -> {
            throw new InterruptedException();
        };

        String out = run(command);

        assertTrue("the interrupt is kept for Karaf", Thread.interrupted());
        assertEquals(List.of("run[null, 7]"), calls);
        assertTrue(out, out.endsWith("Stopped waiting; campaign 7 goes on: follow it with evaluation:campaigns\n"));
    }

    @Test
    public void aRunningCampaignIsRefusedWithTheServiceCode() {
        refusal = new ConflictException(EvaluationService.CAMPAIGN_RUNNING, "campaign 7 is running; wait until it ends");
        RunCampaign command = command();
        command.waitForEnd = true;

        assertEquals("Error: CAMPAIGN_RUNNING: campaign 7 is running; wait until it ends", error(command));
    }

    private RunCampaign command() {
        RunCampaign command = new RunCampaign();
        command.evaluations = evaluations;
        command.campaignId = 7;
        command.nanoTime = () -> now;
        command.pause = millis -> {
            pauses.add(millis);
            now += TimeUnit.MILLISECONDS.toNanos(millis);
        };
        return command;
    }

    private static Campaign campaign(CampaignStatus status, int evaluated, int societies) {
        boolean done = status != CampaignStatus.RUNNING;
        return new Campaign(7, 2026, EvaluationKind.ANNUAL_INSPECTION, "2026 annual inspection", LocalDate.of(2026, 12, 31), "",
                status, "admin", AT, AT, done ? AT.plusSeconds(60) : null, societies, evaluated, done ? 100 : 0, done ? 15 : 0,
                done ? 5 : 0, done ? 2 : 0, 3);
    }
}
