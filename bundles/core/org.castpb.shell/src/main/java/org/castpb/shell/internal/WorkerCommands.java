package org.castpb.shell.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.Page;
import org.castpb.api.text.Labels;
import org.castpb.api.workers.AllowanceLine;
import org.castpb.api.workers.AllowanceRun;
import org.castpb.api.workers.AllowanceService;
import org.castpb.api.workers.Assessment;
import org.castpb.api.workers.Commendation;
import org.castpb.api.workers.CommendationDraft;
import org.castpb.api.workers.JobChange;
import org.castpb.api.workers.Training;
import org.castpb.api.workers.TrainingDraft;
import org.castpb.api.workers.TrainingShortfall;
import org.castpb.api.workers.Worker;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerKind;
import org.castpb.api.workers.WorkerService;

/**
 * The console's commands for party affairs workers (党务工作者): worker:list, add, change, train, shortfalls, job-changes,
 * report, assess, assessments, commend, commendations, allowances, allocate and export.
 */
final class WorkerCommands {

    private WorkerCommands() {
    }

    static void print(List<Worker> workers) {
        ConsoleTable table = new ConsoleTable("ID", "Society 学会", "Name 姓名", "Kind 类别", "Position 职务", "Start 任职", "End 离任", "Ver")
                .alignRight(0, 1, 7);
        workers.forEach(w -> table.addRow(w.id(), w.societyId(), w.name(), Labels.of(w.kind()), w.position(), w.startDate(),
                w.endDate() == null ? "" : w.endDate(), w.version()));
        table.print(System.out);
    }

    static int year(Integer year) {
        return year == null ? LocalDate.now(Texts.ZONE).getYear() : year;
    }

    @Service
    @Command(scope = "worker", name = "list", description = "Lists the party affairs workers (党务工作者) in your scope: by society, only those in post")
    public static class ListWorkers extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Option(name = "--society", description = "a society's id")
        Long societyId;

        @Option(name = "--current", description = "only workers in post today")
        boolean current;

        @Option(name = "--offset", description = "the first row, from 0")
        int offset;

        @Option(name = "--limit", description = "rows at most (1 to 500)")
        int limit = 50;

        @Override
        protected Object run() {
            Page<Worker> page = workers.list(ShellActors.current(), societyId, current, offset, limit);
            print(page.items());
            System.out.println(page.items().size() + " of " + page.total() + " workers 名党务工作者");
            return null;
        }
    }

    /** The worker's data as options, shared by worker:add and worker:change. */
    abstract static class DraftCommand extends CastpbCommand {
        @Option(name = "--name", description = "full name 姓名", required = true)
        String name;

        @Option(name = "--kind", description = "FULL_TIME (专职) or PART_TIME (兼职)", required = true)
        @Completion(value = StringsCompleter.class, values = {"FULL_TIME", "PART_TIME"})
        WorkerKind kind;

        @Option(name = "--position", description = "position 职务, e.g. 专职副书记", required = true)
        String position;

        @Option(name = "--start", description = "first day in post, e.g. 2020-03-01", required = true)
        String start;

        @Option(name = "--end", description = "last day in post, when the worker left")
        String end;

        WorkerDraft draft(long societyId) throws Exception {
            return new WorkerDraft(societyId, name, kind, position, Dates.date("--start", start), end == null ? null : Dates.date("--end", end));
        }
    }

    @Service
    @Command(scope = "worker", name = "add", description = "Puts a party affairs worker on a society's roster")
    public static class AddWorker extends DraftCommand {
        @Reference
        WorkerService workers;

        @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
        long societyId;

        @Override
        protected Object run() throws Exception {
            print(List.of(workers.add(ShellActors.current(), draft(societyId))));
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "change", description = "Changes a worker at its version; a full-time worker's new position, kind or end is a job change to report")
    public static class ChangeWorker extends DraftCommand {
        @Reference
        WorkerService workers;

        @Argument(index = 0, name = "id", description = "the worker's id", required = true)
        long id;

        @Argument(index = 1, name = "version", description = "the version read (worker:list shows it)", required = true)
        long version;

        @Override
        protected Object run() throws Exception {
            print(List.of(workers.update(ShellActors.current(), id, version, draft(0))));
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "train", description = "Records a training of a worker: course, class hours (学时), day")
    public static class Train extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Argument(index = 0, name = "id", description = "the worker's id", required = true)
        long id;

        @Option(name = "--course", description = "the course 课程", required = true)
        String course;

        @Option(name = "--hours", description = "class hours, in half hours, e.g. 7.5", required = true)
        BigDecimal hours;

        @Option(name = "--on", description = "the day, e.g. 2026-05-20", required = true)
        String on;

        @Override
        protected Object run() throws Exception {
            Training t = workers.addTraining(ShellActors.current(), id, new TrainingDraft(course, hours, Dates.date("--on", on)));
            System.out.println("Training " + t.id() + " of worker " + t.workerId() + ": " + t.course() + ", " + t.hours().toPlainString()
                    + " hours 学时 on " + t.trainedOn());
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "shortfalls", description = "Lists the workers whose training hours in a year are below the target (培训学时不足)")
    public static class Shortfalls extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Option(name = "--year", description = "the year (default: this year)")
        Integer year;

        @Option(name = "--society", description = "a society's id")
        Long societyId;

        @Override
        protected Object run() {
            List<TrainingShortfall> list = workers.shortfalls(ShellActors.current(), year(year), societyId);
            ConsoleTable table = new ConsoleTable("Worker", "Society 学会", "Name 姓名", "Kind 类别", "Target 目标", "Hours 已完成",
                    "Missing 缺少", "Rule 规则").alignRight(0, 4, 5, 6);
            list.forEach(s -> table.addRow(s.workerId(), s.societyId() + " " + Texts.text(s.societyName()), s.name(), Labels.of(s.kind()),
                    s.target().toPlainString(), s.hours().toPlainString(), s.missing().toPlainString(), s.ruleVersion()));
            table.print(System.out);
            System.out.println(list.size() + " workers short of training in " + year(year) + " 名党务工作者培训学时不足");
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "job-changes", description = "Lists job changes of full-time workers (专职党务工作者岗位变动) and their reports; --overdue: only those not reported in time")
    public static class JobChanges extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Option(name = "--society", description = "a society's id")
        Long societyId;

        @Option(name = "--overdue", description = "only the changes not reported by their due day")
        boolean overdue;

        @Override
        protected Object run() {
            List<JobChange> list = workers.jobChanges(ShellActors.current(), societyId, overdue);
            ConsoleTable table = new ConsoleTable("ID", "Worker", "Society 学会", "Change 变动", "On 日期", "Due 应报", "Filed 已报", "Overdue 超期")
                    .alignRight(0, 1, 2);
            list.forEach(c -> table.addRow(c.id(), c.workerId() + " " + c.workerName(), c.societyId(), Labels.of(c.kind()) + ": "
                    + Texts.text(c.before()) + " -> " + Texts.text(c.after()), c.changedOn(), c.dueOn(),
                    c.filedOn() == null ? "" : c.filedOn() + (c.late() ? " late 迟报" : ""), c.overdue() ? "yes 是" : "no 否"));
            table.print(System.out);
            System.out.println(list.size() + " job changes 条岗位变动");
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "report", description = "Files the report of a job change (报告岗位变动)")
    public static class FileReport extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Argument(index = 0, name = "id", description = "the job change's id (worker:job-changes)", required = true)
        long id;

        @Argument(index = 1, name = "report", description = "the report's text", required = true)
        String report;

        @Override
        protected Object run() {
            JobChange c = workers.fileJobChange(ShellActors.current(), id, report);
            System.out.println("Job change " + c.id() + " reported on " + c.filedOn() + (c.late() ? ", after it was due on " + c.dueOn() : ""));
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "assess", description = "Sets a worker's grade for a year (年度考核): EXCELLENT, COMPETENT, BASICALLY_COMPETENT, INCOMPETENT")
    public static class Assess extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Argument(index = 0, name = "id", description = "the worker's id", required = true)
        long id;

        @Argument(index = 1, name = "grade", description = "EXCELLENT, COMPETENT, BASICALLY_COMPETENT or INCOMPETENT", required = true)
        @Completion(value = StringsCompleter.class, values = {"EXCELLENT", "COMPETENT", "BASICALLY_COMPETENT", "INCOMPETENT"})
        WorkerGrade grade;

        @Option(name = "--year", description = "the year (default: this year)")
        Integer year;

        @Option(name = "--note", description = "the assessor's note")
        String note;

        @Override
        protected Object run() {
            Assessment a = workers.assess(ShellActors.current(), id, year(year), grade, note);
            System.out.println(a.workerName() + " " + a.year() + ": " + Labels.of(a.grade()) + " (" + a.grade() + ")");
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "assessments", description = "Lists the year's grades of the workers in your scope")
    public static class Assessments extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Option(name = "--year", description = "the year (default: this year)")
        Integer year;

        @Option(name = "--society", description = "a society's id")
        Long societyId;

        @Override
        protected Object run() {
            ConsoleTable table = new ConsoleTable("Worker", "Society 学会", "Name 姓名", "Kind 类别", "Grade 等次", "Note 评语").alignRight(0, 1);
            workers.assessments(ShellActors.current(), societyId, year(year)).forEach(a -> table.addRow(a.workerId(), a.societyId(),
                    a.workerName(), Labels.of(a.kind()), Labels.of(a.grade()), Texts.text(a.note())));
            table.print(System.out);
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "commend", description = "Records a commendation (表彰) of a society, one of its party organisations (--organisation) or workers (--worker)")
    public static class Commend extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
        long societyId;

        @Option(name = "--title", description = "the commendation, e.g. 优秀党务工作者", required = true)
        String title;

        @Option(name = "--on", description = "the day, e.g. 2026-07-01", required = true)
        String on;

        @Option(name = "--by", description = "who gave it, e.g. 中国科协科技社团党委", required = true)
        String by;

        @Option(name = "--worker", description = "a worker of the society")
        Long workerId;

        @Option(name = "--organisation", description = "a party organisation of the society")
        Long organisationId;

        @Override
        protected Object run() throws Exception {
            Commendation c = workers.commend(ShellActors.current(), new CommendationDraft(societyId, workerId, organisationId, title,
                    Dates.date("--on", on), by));
            System.out.println("Commendation " + c.id() + " recorded for society " + c.societyId());
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "commendations", description = "Lists a society's commendations (表彰), newest first")
    public static class Commendations extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Argument(index = 0, name = "societyId", description = "the society's id", required = true)
        long societyId;

        @Override
        protected Object run() {
            ConsoleTable table = new ConsoleTable("ID", "Of 对象", "Title 称号", "On 日期", "By 授予").alignRight(0);
            workers.commendations(ShellActors.current(), societyId).forEach(c -> table.addRow(c.id(), c.workerId() != null
                    ? "worker 党务工作者 " + c.workerId() : c.organisationId() != null ? "organisation 党组织 " + c.organisationId()
                    : "society 学会", c.title(), c.awardedOn(), c.awardedBy()));
            table.print(System.out);
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "allocate", description = "Allocates a year's allowances (津贴) among the assessed workers in your scope with an installed scheme")
    public static class Allocate extends CastpbCommand {
        @Reference
        AllowanceService allowances;

        @Option(name = "--year", description = "the year graded (default: this year)")
        Integer year;

        @Option(name = "--budget", description = "the budget in yuan", required = true)
        BigDecimal budget;

        @Option(name = "--scheme", description = "the scheme's id (worker:allowances --schemes lists them)")
        String scheme = "cast.grade";

        @Override
        protected Object run() {
            print(allowances.allocate(ShellActors.current(), year(year), budget, scheme));
            return null;
        }
    }

    @Service
    @Command(scope = "worker", name = "allowances", description = "Lists the allowance runs of a year with their lines in your scope; --schemes lists the installed schemes")
    public static class Allowances extends CastpbCommand {
        @Reference
        AllowanceService allowances;

        @Option(name = "--year", description = "the year (default: all)")
        Integer year;

        @Option(name = "--schemes", description = "list the installed allowance schemes instead")
        boolean schemes;

        @Override
        protected Object run() {
            if (schemes) {
                allowances.schemes().forEach(s -> System.out.println(s.id() + "  " + s.name() + (s.region().isEmpty() ? "" : "  region " + s.region())));
                return null;
            }
            allowances.runs(ShellActors.current(), year).forEach(WorkerCommands::print);
            return null;
        }
    }

    static void print(AllowanceRun run) {
        System.out.println("Run " + run.id() + ", " + run.year() + ", scheme " + run.schemeId() + ": budget " + run.budget().toPlainString()
                + ", paid " + run.total().toPlainString() + " yuan 元 (" + run.by() + ", " + run.at() + ")");
        ConsoleTable table = new ConsoleTable("Worker", "Society 学会", "Name 姓名", "Grade 等次", "Amount 金额").alignRight(0, 1, 4);
        for (AllowanceLine l : run.lines()) {
            table.addRow(l.workerId(), l.societyId(), l.workerName(), Labels.of(l.grade()), l.amount().toPlainString());
        }
        table.print(System.out);
    }

    @Service
    @Command(scope = "worker", name = "export", description = "Writes the roster (or with --shortfalls the training shortfalls) with Chinese headers in the exchange directory: an Excel workbook when the file ends .xlsx, else UTF-8 CSV")
    public static class Export extends CastpbCommand {
        @Reference
        WorkerService workers;

        @Reference
        ExchangeDirectory exchange;

        @Argument(index = 0, name = "file", description = "the .csv or .xlsx file, inside the exchange directory (by default data/exchange)",
                required = true)
        String file;

        @Option(name = "--society", description = "a society's id")
        Long societyId;

        @Option(name = "--shortfalls", description = "the training shortfalls of --year instead of the roster")
        boolean shortfalls;

        @Option(name = "--year", description = "with --shortfalls: the year (default: this year)")
        Integer year;

        @Option(name = "--force", description = "overwrite the file if it exists (only ever inside the exchange directory)")
        boolean force;

        @Override
        protected Object run() throws Exception {
            java.nio.file.Path path = exchange.fileToWrite(file);
            if (java.nio.file.Files.exists(path) && !force) {
                throw badInput(path + " exists: give --force to overwrite it");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            boolean xlsx = file.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
            if (shortfalls) {
                workers.exportShortfalls(ShellActors.current(), year(year), societyId, xlsx, out);
            } else {
                workers.exportRoster(ShellActors.current(), societyId, xlsx, out);
            }
            java.nio.file.Files.write(path, out.toByteArray());
            System.out.println("Wrote " + path);
            return null;
        }
    }
}
