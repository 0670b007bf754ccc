package org.castpb.soap.internal.members;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
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
import org.castpb.api.pipeline.DevelopmentPlan;
import org.castpb.api.pipeline.DevelopmentPlanDraft;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.api.pipeline.PipelineStep;
import org.castpb.api.pipeline.PlanProgress;
import org.castpb.api.pipeline.StepDraft;
import org.castpb.api.pipeline.StepKind;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/** The pipeline port's XML types, the records of {@code org.castpb.api.pipeline} as JAXB beans. */
final class PipelineXml {

    private PipelineXml() {
    }

    /** An approver's acceptance given with a step: code and justification. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "acceptance", propOrder = {"code", "justification"})
    public static class AcceptanceXml {
        public String code;
        public String justification;

        static List<Acceptance> of(List<AcceptanceXml> given) {
            return given == null ? List.of() : given.stream().map(a -> new Acceptance(a.code, a.justification)).toList();
        }
    }

    /** An application, as for {@code POST /api/v1/pipeline/candidates}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "applicant", propOrder = {"organisationId", "name", "gender", "ethnicity", "birthDate", "citizenId", "education",
            "position", "leaderRole", "phone", "appliedOn", "acceptances"})
    public static class ApplicantXml {
        public long organisationId;
        public String name;
        public Gender gender;
        public String ethnicity;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate birthDate;
        public String citizenId;
        public Education education;
        public SocietyPosition position;
        public LeaderRole leaderRole;
        public String phone;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate appliedOn;
        @XmlElement(name = "acceptance")
        public List<AcceptanceXml> acceptances = new ArrayList<>();

        Applicant toApplicant() {
            return new Applicant(organisationId, name, gender, ethnicity, birthDate, citizenId, education, position, leaderRole, phone, appliedOn,
                    AcceptanceXml.of(acceptances));
        }
    }

    /** A step's evidence, as for {@code POST /api/v1/pipeline/candidates/{id}/steps}. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "stepDraft", propOrder = {"kind", "on", "politicalReviewOn", "trainingHours", "sponsorIds", "votesFor", "votesAgainst",
            "extensionMonths", "note", "acceptances"})
    public static class StepDraftXml {
        public StepKind kind;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate on;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate politicalReviewOn;
        public Integer trainingHours;
        @XmlElement(name = "sponsorId")
        public List<Long> sponsorIds = new ArrayList<>();
        public Integer votesFor;
        public Integer votesAgainst;
        public Integer extensionMonths;
        public String note;
        @XmlElement(name = "acceptance")
        public List<AcceptanceXml> acceptances = new ArrayList<>();

        StepDraft toDraft() {
            return new StepDraft(kind, on, politicalReviewOn, trainingHours, sponsorIds, votesFor, votesAgainst, extensionMonths, note,
                    AcceptanceXml.of(acceptances));
        }
    }

    /** A warning of a step, with its acceptance once given. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "stepWarning", propOrder = {"code", "message", "ruleSetVersion", "justification", "acceptedBy", "acceptedAt"})
    public static class WarningXml {
        public String code;
        public String message;
        public String ruleSetVersion;
        public String justification;
        public String acceptedBy;
        @XmlJavaTypeAdapter(InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant acceptedAt;

        static WarningXml of(RuleWarning w, List<WarningAcceptance> acceptances) {
            WarningXml x = new WarningXml();
            x.code = w.code();
            x.message = w.message();
            x.ruleSetVersion = w.ruleSetVersion();
            acceptances.stream().filter(a -> a.code().equals(w.code())).findFirst().ifPresent(a -> {
                x.justification = a.justification();
                x.acceptedBy = a.acceptedBy();
                x.acceptedAt = a.acceptedAt();
            });
            return x;
        }
    }

    /** A step taken, or waiting for an approver ({@code done} false). */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "pipelineStep", propOrder = {"id", "kind", "on", "politicalReviewOn", "trainingHours", "sponsorIds", "votesFor",
            "votesAgainst", "extensionMonths", "note", "ruleSetVersion", "done", "warnings", "askedBy", "askedAt"})
    public static class StepXml {
        public long id;
        public StepKind kind;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate on;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate politicalReviewOn;
        public Integer trainingHours;
        @XmlElement(name = "sponsorId")
        public List<Long> sponsorIds = new ArrayList<>();
        public Integer votesFor;
        public Integer votesAgainst;
        public Integer extensionMonths;
        public String note;
        public String ruleSetVersion;
        public boolean done;
        @XmlElement(name = "warning")
        public List<WarningXml> warnings = new ArrayList<>();
        public String askedBy;
        @XmlJavaTypeAdapter(InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant askedAt;

        static StepXml of(PipelineStep s) {
            StepXml x = new StepXml();
            x.id = s.id();
            x.kind = s.kind();
            x.on = s.on();
            x.politicalReviewOn = s.politicalReviewOn();
            x.trainingHours = s.trainingHours();
            x.sponsorIds = new ArrayList<>(s.sponsorIds());
            x.votesFor = s.votesFor();
            x.votesAgainst = s.votesAgainst();
            x.extensionMonths = s.extensionMonths();
            x.note = s.note();
            x.ruleSetVersion = s.ruleSetVersion();
            x.done = s.done();
            x.warnings = new ArrayList<>(s.warnings().stream().map(w -> WarningXml.of(w, s.acceptances())).toList());
            x.askedBy = s.askedBy();
            x.askedAt = s.askedAt();
            return x;
        }
    }

    /** A candidate with its steps, masked. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "candidate", propOrder = {"id", "organisationId", "name", "gender", "ethnicity", "birthDate", "citizenId", "education",
            "position", "leaderRole", "phone", "stage", "stageSince", "appliedOn", "activistOn", "candidateOn", "probationaryOn",
            "probationEndsOn", "formalOn", "memberId", "awaitingApproval", "steps", "version", "updatedAt", "updatedBy"})
    public static class CandidateXml {
        public long id;
        public long organisationId;
        public String name;
        public Gender gender;
        public String ethnicity;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate birthDate;
        public String citizenId;
        public Education education;
        public SocietyPosition position;
        public LeaderRole leaderRole;
        public String phone;
        public PipelineStage stage;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate stageSince;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate appliedOn;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate activistOn;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate candidateOn;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate probationaryOn;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate probationEndsOn;
        @XmlJavaTypeAdapter(LocalDateAdapter.class)
        @XmlSchemaType(name = "date")
        public LocalDate formalOn;
        public Long memberId;
        public boolean awaitingApproval;
        @XmlElement(name = "step")
        public List<StepXml> steps = new ArrayList<>();
        public long version;
        @XmlJavaTypeAdapter(InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant updatedAt;
        public String updatedBy;

        static CandidateXml of(Candidate c) {
            CandidateXml x = new CandidateXml();
            x.id = c.id();
            x.organisationId = c.organisationId();
            x.name = c.name();
            x.gender = c.gender();
            x.ethnicity = c.ethnicity();
            x.birthDate = c.birthDate();
            x.citizenId = c.citizenId();
            x.education = c.education();
            x.position = c.position();
            x.leaderRole = c.leaderRole();
            x.phone = c.phone();
            x.stage = c.stage();
            x.stageSince = c.stageSince();
            x.appliedOn = c.appliedOn();
            x.activistOn = c.activistOn();
            x.candidateOn = c.candidateOn();
            x.probationaryOn = c.probationaryOn();
            x.probationEndsOn = c.probationEndsOn();
            x.formalOn = c.formalOn();
            x.memberId = c.memberId();
            x.awaitingApproval = c.awaitingApproval();
            x.steps = new ArrayList<>(c.steps().stream().map(StepXml::of).toList());
            x.version = c.version();
            x.updatedAt = c.updatedAt();
            x.updatedBy = c.updatedBy();
            return x;
        }
    }

    /** One page of candidates. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "candidatePage", propOrder = {"items", "total", "offset", "limit"})
    public static class CandidatePageXml {
        @XmlElement(name = "candidate")
        public List<CandidateXml> items = new ArrayList<>();
        public long total;
        public int offset;
        public int limit;

        static CandidatePageXml of(Page<Candidate> page) {
            CandidatePageXml x = new CandidatePageXml();
            x.items = new ArrayList<>(page.items().stream().map(CandidateXml::of).toList());
            x.total = page.total();
            x.offset = page.offset();
            x.limit = page.limit();
            return x;
        }
    }

    /** A development plan, stored ({@code id}, {@code version}) or to store. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "developmentPlan", propOrder = {"id", "organisationId", "year", "targetTotal", "targetLeaders", "targetKeyProfessionals",
            "note", "version", "updatedAt", "updatedBy"})
    public static class PlanXml {
        public long id;
        public long organisationId;
        public int year;
        public int targetTotal;
        public int targetLeaders;
        public int targetKeyProfessionals;
        public String note;
        public long version;
        @XmlJavaTypeAdapter(InstantAdapter.class)
        @XmlSchemaType(name = "dateTime")
        public Instant updatedAt;
        public String updatedBy;

        DevelopmentPlanDraft toDraft() {
            return new DevelopmentPlanDraft(organisationId, year, targetTotal, targetLeaders, targetKeyProfessionals, note);
        }

        static PlanXml of(DevelopmentPlan p) {
            PlanXml x = new PlanXml();
            x.id = p.id();
            x.organisationId = p.organisationId();
            x.year = p.year();
            x.targetTotal = p.targetTotal();
            x.targetLeaders = p.targetLeaders();
            x.targetKeyProfessionals = p.targetKeyProfessionals();
            x.note = p.note();
            x.version = p.version();
            x.updatedAt = p.updatedAt();
            x.updatedBy = p.updatedBy();
            return x;
        }
    }

    /** One organisation's plan against its pipeline. */
    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "planProgress", propOrder = {"organisationId", "organisationName", "year", "targetTotal", "targetLeaders",
            "targetKeyProfessionals", "developed", "leadersDeveloped", "keyProfessionalsDeveloped", "inPipeline", "leadersInPipeline",
            "keyProfessionalsInPipeline", "candidates", "leaderCandidates", "keyProfessionalCandidates", "behind"})
    public static class ProgressXml {
        public long organisationId;
        public String organisationName;
        public int year;
        public int targetTotal;
        public int targetLeaders;
        public int targetKeyProfessionals;
        public int developed;
        public int leadersDeveloped;
        public int keyProfessionalsDeveloped;
        public int inPipeline;
        public int leadersInPipeline;
        public int keyProfessionalsInPipeline;
        public int candidates;
        public int leaderCandidates;
        public int keyProfessionalCandidates;
        public boolean behind;

        static ProgressXml of(PlanProgress p) {
            ProgressXml x = new ProgressXml();
            x.organisationId = p.organisationId();
            x.organisationName = p.organisationName();
            x.year = p.year();
            x.targetTotal = p.targetTotal();
            x.targetLeaders = p.targetLeaders();
            x.targetKeyProfessionals = p.targetKeyProfessionals();
            x.developed = p.developed();
            x.leadersDeveloped = p.leadersDeveloped();
            x.keyProfessionalsDeveloped = p.keyProfessionalsDeveloped();
            x.inPipeline = p.inPipeline();
            x.leadersInPipeline = p.leadersInPipeline();
            x.keyProfessionalsInPipeline = p.keyProfessionalsInPipeline();
            x.candidates = p.candidates();
            x.leaderCandidates = p.leaderCandidates();
            x.keyProfessionalCandidates = p.keyProfessionalCandidates();
            x.behind = p.behind();
            return x;
        }
    }
}
