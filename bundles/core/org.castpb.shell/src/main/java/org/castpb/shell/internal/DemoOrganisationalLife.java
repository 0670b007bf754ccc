package org.castpb.shell.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.CaseStepDraft;
import org.castpb.api.appraisal.GradeEntry;
import org.castpb.api.appraisal.HandlingStep;
import org.castpb.api.appraisal.UnqualifiedCase;
import org.castpb.api.matters.MajorMatterService;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.MatterDraft;
import org.castpb.api.matters.Opinion;
import org.castpb.api.matters.OpinionKind;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.organisation.PartyOrganisationService;

/**
 * Democratic appraisal rounds and major matters for the demo organisations and societies, with the gaps real records
 * have: every fifth organisation has recorded no appraisal, one round grades more members EXCELLENT than a third (with
 * its justification), the next six each grade a member UNQUALIFIED, and their cases are walked one to each stage of the
 * handling (just opened, educated, in the improvement period, persuaded to leave, removed from the roll, improved); one
 * society decided a large expenditure without
 * the party organisation's opinion, another a donation the organisation disagreed with, one matter still awaits its
 * decision. Rounds and matters already there are left alone, so loading twice changes nothing.
 */
final class DemoOrganisationalLife {

    private static final int MATTERS = 6;

    private DemoOrganisationalLife() {
    }

    /** The stages the demo's unqualified-member cases are walked to, one case each, in the order of their rounds. */
    static final List<String> CASE_STAGES = List.of("opened", "educated", "in the improvement period", "persuaded to leave", "removed",
            "improved");

    /**
     * What was loaded: rounds recorded, organisations skipped (already appraised or left without on purpose), matters
     * recorded, unqualified-member cases walked to their stage.
     */
    record Loaded(int rounds, int skipped, int matters, int cases) {
    }

    static Loaded load(Actor actor, AppraisalService appraisals, MajorMatterService matters, MemberService members,
                       PartyOrganisationService organisations, List<Long> organisationIds, LocalDate today) {
        // last year's, as the demo's annual inspection evaluates last year (its appraisal was held in its November)
        int year = today.getYear() - 1;
        LocalDate held = LocalDate.of(year, 11, 20);
        int rounds = 0;
        int skipped = 0;
        boolean tooMany = false;
        int unqualified = 0;
        Set<Long> societies = new LinkedHashSet<>();
        for (int i = 0; i < organisationIds.size(); i++) {
            long organisation = organisationIds.get(i);
            societies.addAll(organisations.get(actor, organisation).societyIds());
            List<Member> roll = members.list(actor, new MemberQuery(organisation, null, MemberStatus.ACTIVE, 0, MemberQuery.MAX_LIMIT)).items();
            if (i % 5 == 4 || roll.isEmpty() || !appraisals.list(actor, organisation, null, year).isEmpty()) {
                skipped++;
                continue;
            }
            // the first round of three or more members grades too many EXCELLENT (justified), the next six such ones an UNQUALIFIED
            int special = roll.size() < 3 ? -1 : tooMany ? (unqualified >= CASE_STAGES.size() ? -1 : 1) : 0;
            List<GradeEntry> grades = new ArrayList<>();
            for (int m = 0; m < roll.size(); m++) {
                grades.add(new GradeEntry(roll.get(m).id(), grade(special, m, roll.size())));
            }
            String justification = special == 0 ? "本支部多名党员牵头承担国家重点研发计划项目并获省部级科技奖励，经支部党员大会讨论，优秀比例超过三分之一" : null;
            AppraisalRound round = appraisals.record(actor, new AppraisalDraft(organisation, year, held.plusDays(i % 7), grades, justification));
            tooMany |= special == 0;
            if (special == 1) {
                for (UnqualifiedCase c : appraisals.cases(actor, CaseState.OPEN)) {
                    if (c.roundId() == round.id()) {
                        walk(actor, appraisals, c, unqualified, today);
                    }
                }
                unqualified++;
            }
            rounds++;
        }
        int recorded = 0;
        List<Long> ids = new ArrayList<>(societies);
        for (int s = 0; s < Math.min(MATTERS, ids.size()); s++) {
            long society = ids.get(s);
            if (!matters.list(actor, society, null, null).isEmpty()) {
                continue;
            }
            matters.record(actor, matter(s, society, year));
            recorded++;
        }
        return new Loaded(rounds, skipped, recorded, unqualified);
    }

    /**
     * Takes a case to the stage {@code CASE_STAGES.get(stage)}: its steps spread between the day it opened and today
     * (at least six weeks, as the round is last year's); a removal takes the member off the roll.
     */
    private static void walk(Actor actor, AppraisalService appraisals, UnqualifiedCase c, int stage, LocalDate today) {
        long span = ChronoUnit.DAYS.between(c.openedOn(), today);
        LocalDate educated = c.openedOn().plusDays(span / 8);
        LocalDate deadlineSet = c.openedOn().plusDays(span / 4);
        UnqualifiedCase now = c;
        if (stage >= 1) {
            now = appraisals.recordStep(actor, c.id(), now.version(), new CaseStepDraft(HandlingStep.EDUCATION, educated, null,
                    "支部书记与本人谈心谈话，指出连续无故不参加组织生活、不交纳党费等问题，进行批评教育"));
        }
        if (stage >= 2) {
            // in the improvement period the deadline still lies ahead; from persuasion on it passed without improvement
            LocalDate deadline = stage == 2 ? today.plusDays(60) : c.openedOn().plusDays(span / 2);
            now = appraisals.recordStep(actor, c.id(), now.version(), new CaseStepDraft(HandlingStep.IMPROVEMENT_DEADLINE, deadlineSet, deadline,
                    "支部党员大会决定限期改正，期满考察"));
        }
        if (stage == 3 || stage == 4) {
            now = appraisals.recordStep(actor, c.id(), now.version(), new CaseStepDraft(HandlingStep.PERSUASION_TO_LEAVE,
                    c.openedOn().plusDays(span * 5 / 8), null, "限期内无转变，经支部党员大会讨论决定劝其退党，报上级党组织批准"));
        }
        if (stage == 4) {
            appraisals.recordStep(actor, c.id(), now.version(), new CaseStepDraft(HandlingStep.REMOVAL, c.openedOn().plusDays(span * 3 / 4), null,
                    "坚持不退党，经支部党员大会讨论决定予以除名，报上级党组织批准"));
        }
        if (stage == 5) {
            appraisals.closeCase(actor, c.id(), now.version(), c.openedOn().plusDays(span * 3 / 4), CaseResult.IMPROVED,
                    "限期内恢复参加组织生活并补交党费，期满考察合格");
        }
    }

    /** Mostly QUALIFIED with one EXCELLENT; the first organisation's round has too many EXCELLENT (justified), the next ones one UNQUALIFIED. */
    private static AppraisalGrade grade(int special, int member, int members) {
        if (special == 0) {
            return member < members - 1 ? AppraisalGrade.EXCELLENT : AppraisalGrade.QUALIFIED;
        }
        if (special == 1 && member == members - 1) {
            return AppraisalGrade.UNQUALIFIED;
        }
        if (special == 1 && member == members - 2) {
            return AppraisalGrade.BASICALLY_QUALIFIED;
        }
        // one EXCELLENT is within the rule's third only from three members on
        return member == 0 && members >= 3 ? AppraisalGrade.EXCELLENT : AppraisalGrade.QUALIFIED;
    }

    private static MatterDraft matter(int index, long society, int year) {
        return switch (index) {
            // the gap: decided without asking the party organisation
            case 0 -> new MatterDraft(society, MatterCategory.LARGE_EXPENDITURE, "购置学术年会会场音视频设备", LocalDate.of(year, 3, 2),
                    new BigDecimal("380000"), null, LocalDate.of(year, 3, 20));
            case 1 -> new MatterDraft(society, MatterCategory.MAJOR_DECISION, "修订学会章程并提交会员代表大会", LocalDate.of(year, 4, 1), null,
                    new Opinion(OpinionKind.AGREE, "党委会研究同意章程修订稿，写入党的建设有关内容", LocalDate.of(year, 4, 8)), LocalDate.of(year, 4, 15));
            case 2 -> new MatterDraft(society, MatterCategory.IMPORTANT_PERSONNEL, "聘任副秘书长", LocalDate.of(year, 5, 6), null,
                    new Opinion(OpinionKind.AGREE_WITH_CONDITIONS, "同意，须按程序进行考察并公示", LocalDate.of(year, 5, 10)), LocalDate.of(year, 5, 20));
            // decided against the organisation's disagreement
            case 3 -> new MatterDraft(society, MatterCategory.LARGE_DONATION, "接受企业捐赠设立青年科技奖", LocalDate.of(year, 6, 1),
                    new BigDecimal("600000"), new Opinion(OpinionKind.DISAGREE, "捐赠方与本会评奖活动存在利益关联，建议暂缓", LocalDate.of(year, 6, 3)),
                    LocalDate.of(year, 6, 18));
            // the organisation agreed; the society has not decided yet
            case 4 -> new MatterDraft(society, MatterCategory.FOREIGN_RELATED, "与境外学术机构签署合作备忘录", LocalDate.of(year, 9, 1), null,
                    new Opinion(OpinionKind.AGREE, "同意，按外事管理规定报批", LocalDate.of(year, 9, 8)), null);
            default -> new MatterDraft(society, MatterCategory.LARGE_EXPENDITURE, "学会信息化平台建设", LocalDate.of(year, 2, 3),
                    new BigDecimal("150000"), new Opinion(OpinionKind.AGREE, "同意，严格执行政府采购程序", LocalDate.of(year, 2, 10)), LocalDate.of(year, 2, 25));
        };
    }
}
