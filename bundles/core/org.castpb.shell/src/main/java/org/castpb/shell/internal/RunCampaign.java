package org.castpb.shell.internal;

import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.evaluation.Campaign;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.EvaluationService;

/**
 * Starts a campaign, which runs in the background. With {@code --wait} the command follows it, asking for its
 * progress once a second and printing it when it moves, until it ends or the time allowed is up (or Ctrl-C):
 * waiting never stops the run.
 */
@Service
@Command(scope = "evaluation", name = "run", description = "Runs an evaluation campaign in the background; with --wait, follows its progress until it ends")
public class RunCampaign extends CastpbCommand {

    static final long POLL_MILLIS = 1000;

    @Reference
    EvaluationService evaluations;

    @Option(name = "--wait", description = "follow the run, printing its progress, until it ends")
    boolean waitForEnd;

    @Option(name = "--timeout", description = "with --wait, the most seconds to wait (default 600); the run goes on after")
    long timeoutSeconds = 600;

    @Argument(index = 0, name = "campaignId", description = "the campaign's id, as evaluation:campaigns lists it", required = true)
    @Completion(CampaignIdCompleter.class)
    long campaignId;

    /** How the command waits between two questions; tests replace it so that they never sleep. */
    Pause pause = Thread::sleep;
    /** The monotonic time the deadline is counted in, in nanoseconds; tests replace it with their own. */
    LongSupplier nanoTime = System::nanoTime;

    @Override
    protected Object run() {
        Campaign started = evaluations.run(ShellActors.current(), campaignId);
        System.out.println("Started campaign " + started.id() + " (" + started.title() + "): " + started.status());
        if (!waitForEnd) {
            System.out.println("Follow it with: evaluation:campaigns, or evaluation:run --wait next time");
            return null;
        }
        Campaign last = follow(started);
        if (last.status() == CampaignStatus.RUNNING) {
            return null;
        }
        System.out.println(Evaluations.summary(last));
        System.out.println("See its results with: evaluation:results " + last.id());
        return null;
    }

    /** The campaign as last read: ended, or still RUNNING when the time is up or the wait was interrupted. */
    Campaign follow(Campaign started) {
        long deadline = nanoTime.getAsLong() + TimeUnit.SECONDS.toNanos(Math.max(0, timeoutSeconds));
        Campaign c = started;
        String shown = null;
        while (c.status() == CampaignStatus.RUNNING) {
            String progress = Evaluations.progress(c);
            if (!progress.equals(shown)) {
                System.out.println("  " + progress + " societies evaluated");
                shown = progress;
            }
            long left = deadline - nanoTime.getAsLong();
            if (left <= 0) {
                System.out.println("Still running after " + timeoutSeconds + " s; it goes on: follow it with evaluation:campaigns");
                return c;
            }
            try {
                pause.pause(Math.min(POLL_MILLIS, TimeUnit.NANOSECONDS.toMillis(left) + 1));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                System.out.println("Stopped waiting; campaign " + c.id() + " goes on: follow it with evaluation:campaigns");
                return c;
            }
            c = evaluations.get(ShellActors.current(), c.id());
        }
        return c;
    }

    /** Waiting between two questions. */
    interface Pause {
        void pause(long millis) throws InterruptedException;
    }
}
