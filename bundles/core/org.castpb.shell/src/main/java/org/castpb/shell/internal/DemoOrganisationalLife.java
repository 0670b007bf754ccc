package org.castpb.shell.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.castpb.api.Actor;
import org.castpb.api.appraisal.AppraisalDraft;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.AppraisalService;
import org.castpb.api.appraisal.GradeEntry;
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
 * its justification), one grades a member UNQUALIFIED (a case opens); one society decided a large expenditure without
 * the party organisation's opinion, another a donation the organisation disagreed with, one matter still awaits its
 * decision. Rounds and matters already there are left alone, so loading twice changes nothing.
 */
final class DemoOrganisationalLife {

    private static final int MATTERS = 6;

    private DemoOrganisationalLife() {
    }

    /** What was loaded: rounds recorded, organisations skipped (already appraised or left without on purpose), matters recorded. */
    record Loaded(int rounds, int skipped, int matters) {
    }

    static Loaded load(Actor actor, AppraisalService appraisals, MajorMatterService matters, MemberService members,
                       PartyOrganisationService organisations, List<Long> organisationIds, LocalDate today) {
        // last year's, as the demo's annual inspection evaluates last year (its appraisal was held in its November)
        int year = today.getYear() - 1;
        LocalDate held = LocalDate.of(year, 11, 20);
        int rounds = 0;
        int skipped = 0;
        boolean tooMany = false;
        boolean unqualified = false;
        Set<Long> societies = new LinkedHashSet<>();
        for (int i = 0; i < organisationIds.size(); i++) {
            long organisation = organisationIds.get(i);
            societies.addAll(organisations.get(actor, organisation).societyIds());
            List<Member> roll = members.list(actor, new MemberQuery(organisation, null, MemberStatus.ACTIVE, 0, MemberQuery.MAX_LIMIT)).items();
            if (i % 5 == 4 || roll.isEmpty() || !appraisals.list(actor, organisation, null, year).isEmpty()) {
                skipped++;
                continue;
            }
            // the first round of three or more members grades too many EXCELLENT (justified), the next such one has an UNQUALIFIED
            int special = roll.size() < 3 ? -1 : tooMany ? (unqualified ? -1 : 1) : 0;
            List<GradeEntry> grades = new ArrayList<>();
            for (int m = 0; m < roll.size(); m++) {
                grades.add(new GradeEntry(roll.get(m).id(), grade(special, m, roll.size())));
            }
            String justification = special == 0 ? "本支部多名党员牵头承担国家重点研发计划项目并获省部级科技奖励，经支部党员大会讨论，优秀比例超过三分之一" : null;
            appraisals.record(actor, new AppraisalDraft(organisation, year, held.plusDays(i % 7), grades, justification));
            tooMany |= special == 0;
            unqualified |= special == 1;
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
        return new Loaded(rounds, skipped, recorded);
    }

    /** Mostly QUALIFIED with one EXCELLENT; the first organisation's round has too many EXCELLENT (justified), the second one UNQUALIFIED. */
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
