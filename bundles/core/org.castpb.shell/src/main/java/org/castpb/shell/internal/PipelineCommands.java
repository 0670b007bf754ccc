package org.castpb.shell.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.CommandException;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.castpb.api.AuditEntry;
import org.castpb.api.LeaderRole;
import org.castpb.api.Page;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.organisation.RuleWarning;
import org.castpb.api.organisation.WarningAcceptance;
import org.castpb.api.pipeline.Acceptance;
import org.castpb.api.pipeline.Applicant;
import org.castpb.api.pipeline.Candidate;
import org.castpb.api.pipeline.CandidateQuery;
import org.castpb.api.pipeline.DevelopmentPlan;
import org.castpb.api.pipeline.DevelopmentPlanDraft;
import org.castpb.api.pipeline.PipelineRuleSet;
import org.castpb.api.pipeline.PipelineService;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.api.pipeline.PipelineStep;
import org.castpb.api.pipeline.PlanProgress;
import org.castpb.api.pipeline.StepDraft;
import org.castpb.api.pipeline.StepKind;
import org.castpb.api.text.Labels;

/**
 * The console's development commands (发展党员): member:pipeline-apply, pipeline-step, pipeline-accept, pipeline-list,
 * pipeline-show, pipeline-history, pipeline-rules, pipeline-plan and pipeline-report (with --csv).
 * Citizen IDs and phones are always masked here.
 */
final class PipelineCommands {

    private PipelineCommands() {
    }

    static void print(List<Candidate> candidates) {
        ConsoleTable table = new ConsoleTable("ID", "Org 组织", "Name 姓名", "Born 出生", "Citizen ID 身份证号", "Position 职务", "Stage 阶段",
                "Since 自", "Applied 申请", "Member 党员", "Waiting 待审批").alignRight(0, 1);
        candidates.forEach(c -> table.addRow(c.id(), c.organisationId(), c.name(), c.birthDate(), c.citizenId(),
                c.position() + (c.leaderRole() == null ? "" : " " + c.leaderRole()), c.stage() + " " + Labels.of(c.stage()), c.stageSince(), c.appliedOn(),
                c.memberId() == null ? "" : c.memberId(), c.awaitingApproval() ? "yes 是" : ""));
        table.print(System.out);
    }

    static void printSteps(Candidate c) {
        print(List.of(c));
        if (c.probationEndsOn() != null) {
            System.out.println("Probation ends 预备期满: " + c.probationEndsOn());
        }
        for (PipelineStep s : c.steps()) {
            System.out.println("  " + s.on() + "  " + s.kind() + " " + Labels.of(s.kind()) + (s.done() ? "" : "  (waiting for an approver 待审批)") + "  rules " + s.ruleSetVersion()
                    + (s.politicalReviewOn() == null ? "" : "  political review 政审 " + s.politicalReviewOn())
                    + (s.trainingHours() == null ? "" : "  training 培训 " + s.trainingHours() + " h")
                    + (s.sponsorIds().isEmpty() ? "" : "  sponsors 介绍人 " + s.sponsorIds())
                    + (s.votesFor() == null ? "" : "  votes 表决 " + s.votesFor() + ":" + s.votesAgainst())
                    + (s.extensionMonths() == null ? "" : "  extended 延长 " + s.extensionMonths() + " months")
                    + "  by " + s.askedBy());
            for (RuleWarning w : s.warnings()) {
                WarningAcceptance a = s.acceptances().stream().filter(x -> x.code().equals(w.code())).findFirst().orElse(null);
                System.out.println("      " + w.code() + ": " + w.message()
                        + (a == null ? "  NOT ACCEPTED 未接受" : "  accepted by " + a.acceptedBy() + ": " + a.justification()));
            }
        }
    }

    /** {@code CODE=justification} options as acceptances. */
    static List<Acceptance> acceptances(List<String> given) throws CommandException {
        List<Acceptance> result = new ArrayList<>();
        for (String text : given == null ? List.<String>of() : given) {
            int at = text.indexOf('=');
            if (at < 1) {
                throw CastpbCommand.badInput("--accept takes CODE=justification, got '" + text + "'");
            }
            result.add(new Acceptance(text.substring(0, at).strip(), text.substring(at + 1)));
        }
        return result;
    }

    @Service
    @Command(scope = "member", name = "pipeline-apply", description = "Records an application to join the party (入党申请) to a party organisation")
    public static class Apply extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Option(name = "--organisation", description = "the party organisation's id", required = true)
        long organisationId;
        @Option(name = "--name", description = "full name 姓名", required = true)
        String name;
        @Option(name = "--gender", description = "MALE or FEMALE", required = true)
        @Completion(value = StringsCompleter.class, values = {"MALE", "FEMALE"})
        Gender gender;
        @Option(name = "--ethnicity", description = "民族, e.g. 汉族", required = true)
        String ethnicity;
        @Option(name = "--born", description = "birth date, e.g. 2000-01-01", required = true)
        String born;
        @Option(name = "--citizen-id", description = "citizen identity number (18 characters, GB 11643)", required = true)
        String citizenId;
        @Option(name = "--education", description = "DOCTORATE, MASTER, BACHELOR, COLLEGE or SECONDARY_OR_BELOW", required = true)
        @Completion(value = StringsCompleter.class, values = {"DOCTORATE", "MASTER", "BACHELOR", "COLLEGE", "SECONDARY_OR_BELOW"})
        Education education;
        @Option(name = "--position", description = "LEADER, KEY_PROFESSIONAL, STAFF or OTHER_MEMBER", required = true)
        @Completion(value = StringsCompleter.class, values = {"LEADER", "KEY_PROFESSIONAL", "STAFF", "OTHER_MEMBER"})
        SocietyPosition position;
        @Option(name = "--leader-role", description = "a LEADER's role: PRESIDENT, VICE_PRESIDENT, SECRETARY_GENERAL, ...")
        LeaderRole leaderRole;
        @Option(name = "--phone", description = "phone")
        String phone;
        @Option(name = "--applied", description = "the day of the written application", required = true)
        String applied;
        @Option(name = "--accept", description = "an approver's acceptance of a warning, CODE=justification", multiValued = true)
        List<String> accept;

        @Override
        protected Object run() throws Exception {
            printSteps(pipeline.apply(ShellActors.current(), new Applicant(organisationId, name, gender, ethnicity, Dates.date("--born", born),
                    citizenId, education, position, leaderRole, phone, Dates.date("--applied", applied), acceptances(accept))));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "pipeline-step", description = "Takes a candidate's next development step with its evidence; "
            + "one that breaks a rule waits for an approver unless --accept is given by one")
    public static class Step extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Argument(index = 0, name = "id", description = "the candidate's id", required = true)
        long id;
        @Option(name = "--kind", description = "DESIGNATE_ACTIVIST, ADMIT_CANDIDATE, ADMIT_PROBATIONARY, EXTEND_PROBATION or CONFIRM_FORMAL", required = true)
        @Completion(value = StringsCompleter.class, values = {"DESIGNATE_ACTIVIST", "ADMIT_CANDIDATE", "ADMIT_PROBATIONARY", "EXTEND_PROBATION",
                "CONFIRM_FORMAL"})
        StepKind kind;
        @Option(name = "--on", description = "the day of the step (the branch meeting's vote for admissions)", required = true)
        String on;
        @Option(name = "--review", description = "ADMIT_PROBATIONARY: the day of the political review 政审")
        String review;
        @Option(name = "--hours", description = "ADMIT_PROBATIONARY: class hours of training")
        Integer hours;
        @Option(name = "--sponsor", description = "ADMIT_PROBATIONARY: a sponsor's member id (twice)", multiValued = true)
        List<Long> sponsors;
        @Option(name = "--for", description = "the branch meeting's votes for")
        Integer votesFor;
        @Option(name = "--against", description = "the branch meeting's votes against")
        Integer votesAgainst;
        @Option(name = "--months", description = "EXTEND_PROBATION: months of extension")
        Integer months;
        @Option(name = "--note", description = "a note")
        String note;
        @Option(name = "--accept", description = "an approver's acceptance of a warning, CODE=justification", multiValued = true)
        List<String> accept;

        @Override
        protected Object run() throws Exception {
            Candidate current = pipeline.get(ShellActors.current(), id);
            printSteps(pipeline.step(ShellActors.current(), id, current.version(), new StepDraft(kind, Dates.date("--on", on),
                    Dates.date("--review", review), hours, sponsors, votesFor, votesAgainst, months, note, acceptances(accept))));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "pipeline-accept", description = "An approver accepts a warning of a candidate's waiting step, with a justification")
    public static class Accept extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Argument(index = 0, name = "id", description = "the candidate's id", required = true)
        long id;
        @Argument(index = 1, name = "code", description = "the warning's code", required = true)
        String code;
        @Argument(index = 2, name = "justification", description = "why the step may be taken anyway", required = true)
        String justification;

        @Override
        protected Object run() {
            Candidate current = pipeline.get(ShellActors.current(), id);
            printSteps(pipeline.acceptWarning(ShellActors.current(), id, current.version(), code, justification));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "pipeline-list", description = "Lists the development candidates in your scope, masked")
    public static class ListCandidates extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;
        @Option(name = "--stage", description = "APPLICANT, ACTIVIST, DEVELOPMENT_CANDIDATE, PROBATIONARY or FORMAL")
        @Completion(value = StringsCompleter.class, values = {"APPLICANT", "ACTIVIST", "DEVELOPMENT_CANDIDATE", "PROBATIONARY", "FORMAL"})
        PipelineStage stage;
        @Option(name = "--awaiting", description = "only those whose step waits for an approver")
        boolean awaiting;
        @Option(name = "--offset", description = "the first row, from 0")
        int offset;
        @Option(name = "--limit", description = "rows at most (1 to 500)")
        int limit = CandidateQuery.DEFAULT_LIMIT;

        @Override
        protected Object run() {
            Page<Candidate> page = pipeline.list(ShellActors.current(), new CandidateQuery(organisationId, stage, awaiting, offset, limit));
            print(page.items());
            System.out.println(page.items().size() + " of " + page.total() + " candidates 名发展人选");
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "pipeline-show", description = "Shows a candidate with every step, its evidence and warnings")
    public static class Show extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Argument(index = 0, name = "id", description = "the candidate's id", required = true)
        long id;

        @Override
        protected Object run() {
            printSteps(pipeline.get(ShellActors.current(), id));
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "pipeline-history", description = "Shows who recorded which step of a candidate, and when")
    public static class History extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Argument(index = 0, name = "id", description = "the candidate's id", required = true)
        long id;

        @Override
        protected Object run() {
            for (AuditEntry e : pipeline.history(ShellActors.current(), id)) {
                System.out.println(Texts.time(e.at()) + "  " + e.change() + " by " + e.actor() + ": " + e.after());
            }
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "pipeline-rules", description = "Lists the development rule-set versions and their dates")
    public static class Rules extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Override
        protected Object run() {
            ConsoleTable table = new ConsoleTable("Version 版本", "From 生效", "Min age 年龄", "Activist months 积极分子培养", "Training hours 培训学时",
                    "Probation months 预备期", "Max extension 最长延长", "Extensions 延长次数");
            for (PipelineRuleSet r : pipeline.ruleSets()) {
                table.addRow(r.version(), r.effectiveFrom(), r.minAgeYears(), r.activistMinMonths(), r.minTrainingHours(), r.probationMonths(),
                        r.maxExtensionMonths(), r.maxExtensions());
            }
            table.print(System.out);
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "pipeline-plan", description = "Sets a party organisation's development plan (发展计划) for a year")
    public static class Plan extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Option(name = "--organisation", description = "the party organisation's id", required = true)
        long organisationId;
        @Option(name = "--year", description = "the year", required = true)
        int year;
        @Option(name = "--total", description = "how many to develop", required = true)
        int total;
        @Option(name = "--leaders", description = "of which society leaders")
        int leaders;
        @Option(name = "--key-professionals", description = "of which key professionals")
        int keyProfessionals;
        @Option(name = "--note", description = "a note")
        String note;

        @Override
        protected Object run() {
            DevelopmentPlan p = pipeline.savePlan(ShellActors.current(), new DevelopmentPlanDraft(organisationId, year, total, leaders,
                    keyProfessionals, note));
            System.out.println("Plan " + p.id() + ": organisation " + p.organisationId() + ", " + p.year() + ": " + p.targetTotal()
                    + " (leaders 负责人 " + p.targetLeaders() + ", key professionals 业务骨干 " + p.targetKeyProfessionals() + ")");
            return null;
        }
    }

    @Service
    @Command(scope = "member", name = "pipeline-report", description = "The year's development plans in your scope against the pipeline; --csv writes it to the exchange directory")
    public static class Report extends CastpbCommand {
        @Reference
        PipelineService pipeline;

        @Reference
        ExchangeDirectory exchange;

        @Option(name = "--year", description = "the plan year", required = true)
        int year;
        @Option(name = "--organisation", description = "a party organisation's id")
        Long organisationId;
        @Option(name = "--csv", description = "a CSV file (Chinese headers) inside the exchange directory to write instead")
        String csv;
        @Option(name = "--force", description = "overwrite the CSV file if it exists")
        boolean force;

        @Override
        protected Object run() throws Exception {
            if (csv != null) {
                java.nio.file.Path path = exchange.fileToWrite(csv);
                if (java.nio.file.Files.exists(path) && !force) {
                    throw badInput(path + " exists: give --force to overwrite it");
                }
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
                pipeline.reportCsv(ShellActors.current(), year, organisationId, out);
                java.nio.file.Files.write(path, out.toByteArray());
                System.out.println("Wrote " + path);
                return null;
            }
            ConsoleTable table = new ConsoleTable("Org 组织", "Name 名称", "Plan 计划", "Leaders 负责人", "Key prof. 骨干", "Developed 已发展",
                    "Leaders 负责人", "Key prof. 骨干", "Pipeline 在培养", "Leaders 负责人", "Key prof. 骨干", "Candidates 发展对象", "Behind 落后")
                    .alignRight(0);
            for (PlanProgress p : pipeline.report(ShellActors.current(), year, organisationId)) {
                table.addRow(p.organisationId(), p.organisationName(), p.targetTotal(), p.targetLeaders(), p.targetKeyProfessionals(), p.developed(),
                        p.leadersDeveloped(), p.keyProfessionalsDeveloped(), p.inPipeline(), p.leadersInPipeline(), p.keyProfessionalsInPipeline(),
                        p.candidates(), p.behind() ? "yes 是" : "no 否");
            }
            table.print(System.out);
            return null;
        }
    }
}
