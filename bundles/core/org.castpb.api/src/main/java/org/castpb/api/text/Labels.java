package org.castpb.api.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.castpb.api.Discipline;
import org.castpb.api.GroupMemberStatus;
import org.castpb.api.InspectionResult;
import org.castpb.api.LeaderRole;
import org.castpb.api.NoOrganisationReason;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.RunningState;
import org.castpb.api.SocietyKind;
import org.castpb.api.SocietyLevel;
import org.castpb.api.budgets.SpendingCategory;
import org.castpb.api.appraisal.AppraisalGrade;
import org.castpb.api.appraisal.CaseResult;
import org.castpb.api.appraisal.CaseState;
import org.castpb.api.appraisal.HandlingStep;
import org.castpb.api.coverage.CoverageKind;
import org.castpb.api.coverage.RectificationOrigin;
import org.castpb.api.coverage.RectificationStatus;
import org.castpb.api.evaluation.CampaignStatus;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.api.evaluation.Grade;
import org.castpb.api.evaluation.Outcome;
import org.castpb.api.jobs.LeaseState;
import org.castpb.api.life.AlertKind;
import org.castpb.api.life.AlertStatus;
import org.castpb.api.life.Frequency;
import org.castpb.api.life.MeetingType;
import org.castpb.api.matters.MatterCategory;
import org.castpb.api.matters.OpinionKind;
import org.castpb.api.members.Affiliation;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.members.TransferStatus;
import org.castpb.api.organisation.LiaisonKind;
import org.castpb.api.pipeline.PipelineStage;
import org.castpb.api.pipeline.StepKind;
import org.castpb.api.organisation.OrganisationStatus;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.RequestState;
import org.castpb.api.reports.ReportKind;
import org.castpb.api.reports.ReportState;
import org.castpb.api.workers.JobChangeKind;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerKind;

/**
 * The Chinese words officials use for castpb's enumerations, and their English counterparts. Chinese is the
 * default: exports and sheets are read by Chinese officials; English is for pages switched to it.
 */
public final class Labels {

    private static final Map<Enum<?>, String> CHINESE = new HashMap<>();
    private static final Map<Enum<?>, String> ENGLISH = new HashMap<>();

    static {
        put(SocietyKind.SOCIETY, "学会", null);
        put(SocietyKind.ASSOCIATION, "协会", null);
        put(SocietyKind.RESEARCH_SOCIETY, "研究会", null);
        put(SocietyKind.FOUNDATION, "基金会", null);
        put(SocietyKind.FEDERATION, "联合会", null);
        put(SocietyKind.PROMOTION_ASSOCIATION, "促进会", null);
        put(SocietyLevel.NATIONAL, "全国", null);
        put(SocietyLevel.PROVINCIAL, "省级", null);
        put(SocietyLevel.MUNICIPAL, "市级", null);
        put(Discipline.SCIENCE, "理科", null);
        put(Discipline.ENGINEERING, "工科", null);
        put(Discipline.AGRICULTURE, "农科", null);
        put(Discipline.MEDICINE, "医科", null);
        put(Discipline.INTERDISCIPLINARY, "交叉", null);
        put(GroupMemberStatus.MEMBER, "团体会员", "Group member");
        put(GroupMemberStatus.APPLICANT, "申请中", null);
        put(GroupMemberStatus.NONE, "非会员", "Not a member");
        put(RegistrationStatus.ACTIVE, "正常", null);
        put(RegistrationStatus.SUSPENDED, "暂停活动", null);
        put(RegistrationStatus.DEREGISTERED, "已注销", null);
        put(RunningState.NORMAL, "运行正常", null);
        put(RunningState.IRREGULAR, "运行不规范", null);
        put(RunningState.DORMANT, "停止活动", null);
        put(InspectionResult.QUALIFIED, "合格", null);
        put(InspectionResult.BASICALLY_QUALIFIED, "基本合格", null);
        put(InspectionResult.UNQUALIFIED, "不合格", null);
        put(InspectionResult.NOT_INSPECTED, "未参加年检", null);
        put(LeaderRole.PRESIDENT, "理事长", null);
        put(LeaderRole.VICE_PRESIDENT, "副理事长", null);
        put(LeaderRole.SECRETARY_GENERAL, "秘书长", null);
        put(LeaderRole.DEPUTY_SECRETARY_GENERAL, "副秘书长", null);
        put(LeaderRole.OTHER, "其他", null);
        put(NoOrganisationReason.FEWER_THAN_THREE_FORMAL_MEMBERS, "正式党员不足3人", "Fewer than three formal members");
        put(NoOrganisationReason.NO_PARTY_MEMBERS, "无党员", null);
        put(NoOrganisationReason.RELATIONSHIPS_HELD_ELSEWHERE, "党员组织关系不在本会", null);
        put(NoOrganisationReason.IN_PREPARATION, "正在筹建", null);
        put(NoOrganisationReason.COVERED_OTHERWISE, "由联合党支部或工作小组覆盖", "Covered by a joint branch or a work group");
        put(NoOrganisationReason.OTHER, "其他原因", "Other reason");
        put(CoverageKind.ORGANISATION, "组织覆盖", "Organisation coverage");
        put(CoverageKind.WORK, "工作覆盖", "Work coverage");
        put(RectificationStatus.OPEN, "整改中", null);
        put(RectificationStatus.CLOSED, "已整改", null);
        put(RectificationOrigin.COVERAGE, "覆盖目标未达成", "Coverage target missed");
        put(RectificationOrigin.EVALUATION, "评估未通过", "Evaluation failed");
        put(ReportKind.HALF_YEARLY, "半年报告", "Half-yearly report");
        put(ReportKind.YEARLY, "年度报告", "Yearly report");
        put(SpendingCategory.ACTIVITIES, "组织活动", "Activities");
        put(SpendingCategory.EDUCATION, "教育培训", "Education and training");
        put(SpendingCategory.FACILITIES, "阵地建设", "Rooms and facilities");
        put(SpendingCategory.ALLOWANCES, "党务工作者补贴", "Allowances of party affairs workers");
        put(SpendingCategory.OTHER, "其他", "Other");
        put(ReportState.MISSING, "未报送", "Missing");
        put(ReportState.DRAFT, "草稿", "Draft");
        put(ReportState.SUBMITTED, "已报送", "Submitted");
        put(ReportState.REVIEWED, "已审阅", "Reviewed");
        put(Outcome.PASS, "通过", null);
        put(Outcome.FAIL, "未通过", null);
        put(Outcome.INCOMPLETE, "无法判定", null);
        put(Grade.EXCELLENT, "优秀", null);
        put(Grade.GOOD, "良好", null);
        put(Grade.QUALIFIED, "合格", null);
        put(Grade.UNQUALIFIED, "不合格", null);
        put(CampaignStatus.CREATED, "已创建", null);
        put(CampaignStatus.RUNNING, "进行中", null);
        put(CampaignStatus.COMPLETED, "已完成", null);
        put(CampaignStatus.INTERRUPTED, "已中断", null);
        put(LeaseState.HELD, "执行中", "Held");
        put(LeaseState.RELEASED, "空闲", "Released");
        put(LeaseState.EXPIRED, "已过期（节点停止）", "Expired (its node stopped)");
        put(FundingChannel.AWARD_IN_LIEU_OF_SUBSIDY, "以奖代补", null);
        put(FundingChannel.DUES_FUNDED_SUPPORT, "党费支持", null);
        put(FundingChannel.SERVICE_PURCHASE, "购买服务", null);
        put(OrganisationType.COMMITTEE, "党委", "Party committee");
        put(OrganisationType.GENERAL_BRANCH, "党总支", null);
        put(OrganisationType.BRANCH, "党支部", null);
        put(OrganisationType.JOINT_BRANCH, "联合党支部", null);
        put(OrganisationType.WORK_GROUP, "党的工作小组", "Party work group");
        put(OrganisationStatus.ACTIVE, "存续", null);
        put(OrganisationStatus.DISSOLVED, "已撤销", null);
        put(RequestState.DRAFT, "草稿", null);
        put(RequestState.SUBMITTED, "已报送", null);
        put(RequestState.RETURNED, "已退回", null);
        put(RequestState.APPROVED, "已批准", null);
        put(RequestState.REJECTED, "不予批准", "Rejected");
        put(LiaisonKind.LIAISON_OFFICER, "联络员", null);
        put(LiaisonKind.INSTRUCTOR, "指导员", null);
        put(MemberStatus.ACTIVE, "在册", "On the roll");
        put(MemberStatus.IN_TRANSFER, "转接中", null);
        put(MemberStatus.TRANSFERRED_OUT, "已转出", null);
        put(MemberStatus.DECEASED, "已去世", null);
        put(MemberStatus.REMOVED, "已除名", null);
        put(Gender.MALE, "男", null);
        put(Gender.FEMALE, "女", null);
        put(Education.DOCTORATE, "博士研究生", null);
        put(Education.MASTER, "硕士研究生", null);
        put(Education.BACHELOR, "大学本科", null);
        put(Education.COLLEGE, "大学专科", null);
        put(Education.SECONDARY_OR_BELOW, "中专及以下", "Secondary or below");
        put(SocietyPosition.LEADER, "负责人", null);
        put(SocietyPosition.KEY_PROFESSIONAL, "业务骨干", null);
        put(SocietyPosition.STAFF, "工作人员", null);
        put(SocietyPosition.OTHER_MEMBER, "其他会员", null);
        put(MembershipKind.FORMAL, "正式党员", "Formal member");
        put(MembershipKind.PROBATIONARY, "预备党员", "Probationary member");
        put(Affiliation.BELONGS, "隶属本组织", "Belongs here");
        put(Affiliation.PARTICIPATES, "参加组织生活", "Participates here");
        put(TransferStatus.PENDING, "待接收", null);
        put(TransferStatus.CONFIRMED, "已接收", null);
        put(TransferStatus.CANCELLED, "已撤回", null);
        put(WorkerKind.FULL_TIME, "专职", null);
        put(WorkerKind.PART_TIME, "兼职", null);
        put(WorkerGrade.EXCELLENT, "优秀", null);
        put(WorkerGrade.COMPETENT, "称职", null);
        put(WorkerGrade.BASICALLY_COMPETENT, "基本称职", null);
        put(WorkerGrade.INCOMPETENT, "不称职", null);
        put(JobChangeKind.POSITION_CHANGED, "职务变动", null);
        put(JobChangeKind.BECAME_PART_TIME, "转为兼职", "Became part-time");
        put(JobChangeKind.LEFT, "离任", null);
        put(PipelineStage.APPLICANT, "入党申请人", "Applicant");
        put(PipelineStage.ACTIVIST, "入党积极分子", "Activist");
        put(PipelineStage.DEVELOPMENT_CANDIDATE, "发展对象", "Development candidate");
        put(PipelineStage.PROBATIONARY, "预备党员", "Probationary member");
        put(PipelineStage.FORMAL, "正式党员", "Formal member");
        put(StepKind.APPLY, "递交入党申请", "Application");
        put(StepKind.DESIGNATE_ACTIVIST, "确定为入党积极分子", "Designated activist");
        put(StepKind.ADMIT_CANDIDATE, "确定为发展对象", "Admitted as development candidate");
        put(StepKind.ADMIT_PROBATIONARY, "接收为预备党员", "Admitted as probationary member");
        put(StepKind.EXTEND_PROBATION, "延长预备期", "Probation extended");
        put(StepKind.CONFIRM_FORMAL, "转为正式党员", "Confirmed as formal member");
        put(MeetingType.MEMBERS_ASSEMBLY, "党员大会", "Members' assembly");
        put(MeetingType.COMMITTEE_MEETING, "支委会", "Committee meeting");
        put(MeetingType.GROUP_MEETING, "党小组会", "Party group meeting");
        put(MeetingType.PARTY_LECTURE, "党课", "Party lecture");
        put(MeetingType.ORGANISATIONAL_LIFE_MEETING, "组织生活会", "Organisational life meeting");
        put(MeetingType.DEMOCRATIC_LIFE_MEETING, "民主生活会", "Democratic life meeting");
        put(Frequency.MONTHLY, "每月", null);
        put(Frequency.QUARTERLY, "每季度", null);
        put(Frequency.YEARLY, "每年", null);
        put(Frequency.NONE, "不要求", "Not required");
        put(AlertKind.MEETING_OVERDUE, "会议逾期未开", "Meeting overdue");
        put(AlertKind.UNQUALIFIED_CANDIDATE, "连续六个月无故不参加组织生活", "Absent without reason (unqualified-member candidate)");
        put(AlertStatus.OPEN, "未处理", null);
        put(AlertStatus.CLOSED, "已解除", null);
        put(AppraisalGrade.EXCELLENT, "优秀", null);
        put(AppraisalGrade.QUALIFIED, "合格", null);
        put(AppraisalGrade.BASICALLY_QUALIFIED, "基本合格", null);
        put(AppraisalGrade.UNQUALIFIED, "不合格", null);
        put(CaseState.OPEN, "处置中", null);
        put(CaseState.CLOSED, "已处置", null);
        put(HandlingStep.EDUCATION, "批评教育", null);
        put(HandlingStep.IMPROVEMENT_DEADLINE, "限期改正", "Deadline for improvement");
        put(HandlingStep.PERSUASION_TO_LEAVE, "劝退", "Persuasion to leave");
        put(HandlingStep.REMOVAL, "除名", null);
        put(CaseResult.IMPROVED, "已改正", "Improved, qualified again");
        put(CaseResult.PERSUADED_TO_LEAVE, "劝退出党", "Persuaded to leave");
        put(CaseResult.REMOVED, "除名", null);
        put(CaseResult.OTHER, "其他（见说明）", "Other (see the note)");
        put(MatterCategory.MAJOR_DECISION, "重大决策", null);
        put(MatterCategory.IMPORTANT_PERSONNEL, "重要人事任免", null);
        put(MatterCategory.LARGE_EXPENDITURE, "大额经费支出", null);
        put(MatterCategory.LARGE_DONATION, "大额捐赠", null);
        put(MatterCategory.FOREIGN_RELATED, "涉外活动", "Foreign-related activity");
        put(OpinionKind.AGREE, "同意", null);
        put(OpinionKind.AGREE_WITH_CONDITIONS, "附条件同意", null);
        put(OpinionKind.DISAGREE, "不同意", null);
    }

    private Labels() {
    }

    /** {@code english} null: the constant's name in words, "BASICALLY_QUALIFIED" read as "Basically qualified". */
    private static void put(Enum<?> value, String chinese, String english) {
        CHINESE.put(value, chinese);
        ENGLISH.put(value, english != null ? english : words(value.name()));
    }

    private static String words(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    /** The Chinese word for {@code value}; "" for null, its name for a constant castpb has no word for. */
    public static String of(Enum<?> value) {
        return value == null ? "" : CHINESE.getOrDefault(value, value.name());
    }

    /** The word for {@code value} in {@code locale}: English for an English locale, Chinese otherwise. */
    public static String of(Enum<?> value, Locale locale) {
        if (value == null) {
            return "";
        }
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return english ? ENGLISH.getOrDefault(value, words(value.name())) : of(value);
    }

    /** The constant named by its Chinese word or by its English name (any case); null when none matches. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (t.equals(CHINESE.get(e)) || t.toUpperCase(Locale.ROOT).equals(e.name())) {
                return e;
            }
        }
        return null;
    }

    /** Every accepted spelling, for error messages: 学会 (SOCIETY), 协会 (ASSOCIATION), ... */
    public static <E extends Enum<E>> String allowed(Class<E> type) {
        StringBuilder b = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(of(e)).append(" (").append(e.name()).append(')');
        }
        return b.toString();
    }
}
