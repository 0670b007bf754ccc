package org.castpb.shell.internal;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.castpb.api.Page;
import org.castpb.api.jobs.JobRun;
import org.castpb.api.jobs.JobService;
import org.castpb.api.jobs.JobState;
import org.castpb.api.text.Labels;

/** {@code jobs:*}: the scheduled jobs the nodes of this instance share, for its administrators. */
final class JobCommands {

    private JobCommands() {
    }

    /** The page of rows both commands take. */
    abstract static class JobCommand extends CastpbCommand {
        @Option(name = "--offset", description = "the first row, from 0")
        int offset;

        @Option(name = "--limit", description = "rows at most (1 to 500)")
        int limit = 50;
    }

    @Service
    @Command(scope = "jobs", name = "list", description = "Lists the scheduled jobs of this instance with the node holding each now and its last run (instance administrators)")
    public static class ListJobs extends JobCommand {
        @Reference
        JobService jobs;

        @Option(name = "--name", description = "only jobs whose name contains this")
        String name;

        @Option(name = "--node", description = "only jobs held, or last held, by a node whose name contains this")
        String node;

        @Override
        protected Object run() {
            Page<JobState> page = jobs.jobs(ShellActors.current(), name, node, offset, limit);
            ConsoleTable table = new ConsoleTable("Job 任务", "Lease 租约", "Node 节点", "Until 到期", "Runs 次数", "Last due 最近期次",
                    "Last node 最近节点", "Finished 结束", "Taken over from 接管自").alignRight(4)
                    .emptyText("no node has taken a scheduled job yet 尚无节点执行过定时任务");
            for (JobState j : page.items()) {
                JobRun last = j.lastRun();
                table.addRow(j.job(), Labels.of(j.leaseState()) + " " + j.leaseState(), j.leaseNode(), Texts.time(j.leaseExpiresAt()),
                        j.runs(), last == null ? "" : last.due(), last == null ? "" : last.node(),
                        last == null ? "" : Texts.time(last.finishedAt()), last == null ? "" : Texts.text(last.takenOverFrom()));
            }
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " jobs 个任务");
            return null;
        }
    }

    @Service
    @Command(scope = "jobs", name = "runs", description = "Lists a scheduled job's recorded runs, the latest first (instance administrators)")
    public static class ListRuns extends JobCommand {
        @Reference
        JobService jobs;

        @Argument(index = 0, name = "job", description = "the job's name, e.g. coverage-daily", required = true)
        String job;

        @Override
        protected Object run() {
            Page<JobRun> page = jobs.runs(ShellActors.current(), job, offset, limit);
            ConsoleTable table = new ConsoleTable("Due 期次", "Node 节点", "Started 开始", "Finished 结束", "Taken over from 接管自");
            page.items().forEach(r -> table.addRow(r.due(), r.node(), Texts.time(r.startedAt()), Texts.time(r.finishedAt()),
                    Texts.text(r.takenOverFrom())));
            table.print(System.out);
            System.out.println(page.items().size() + " of " + page.total() + " runs 次");
            return null;
        }
    }
}
