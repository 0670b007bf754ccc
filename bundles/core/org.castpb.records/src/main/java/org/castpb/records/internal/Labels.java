package org.castpb.records.internal;

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

/** The Chinese words officials use for castpb's enumerations, written in exports and read (beside the English names) in imports. */
final class Labels {

    private static final Map<Enum<?>, String> LABELS = new HashMap<>();

    static {
        put(SocietyKind.SOCIETY, "学会");
        put(SocietyKind.ASSOCIATION, "协会");
        put(SocietyKind.RESEARCH_SOCIETY, "研究会");
        put(SocietyKind.FOUNDATION, "基金会");
        put(SocietyKind.FEDERATION, "联合会");
        put(SocietyKind.PROMOTION_ASSOCIATION, "促进会");
        put(SocietyLevel.NATIONAL, "全国");
        put(SocietyLevel.PROVINCIAL, "省级");
        put(SocietyLevel.MUNICIPAL, "市级");
        put(Discipline.SCIENCE, "理科");
        put(Discipline.ENGINEERING, "工科");
        put(Discipline.AGRICULTURE, "农科");
        put(Discipline.MEDICINE, "医科");
        put(Discipline.INTERDISCIPLINARY, "交叉");
        put(GroupMemberStatus.MEMBER, "团体会员");
        put(GroupMemberStatus.APPLICANT, "申请中");
        put(GroupMemberStatus.NONE, "非会员");
        put(RegistrationStatus.ACTIVE, "正常");
        put(RegistrationStatus.SUSPENDED, "暂停活动");
        put(RegistrationStatus.DEREGISTERED, "已注销");
        put(RunningState.NORMAL, "运行正常");
        put(RunningState.IRREGULAR, "运行不规范");
        put(RunningState.DORMANT, "停止活动");
        put(InspectionResult.QUALIFIED, "合格");
        put(InspectionResult.BASICALLY_QUALIFIED, "基本合格");
        put(InspectionResult.UNQUALIFIED, "不合格");
        put(InspectionResult.NOT_INSPECTED, "未参加年检");
        put(LeaderRole.PRESIDENT, "理事长");
        put(LeaderRole.VICE_PRESIDENT, "副理事长");
        put(LeaderRole.SECRETARY_GENERAL, "秘书长");
        put(LeaderRole.DEPUTY_SECRETARY_GENERAL, "副秘书长");
        put(LeaderRole.OTHER, "其他");
        put(NoOrganisationReason.FEWER_THAN_THREE_FORMAL_MEMBERS, "正式党员不足3人");
        put(NoOrganisationReason.NO_PARTY_MEMBERS, "无党员");
        put(NoOrganisationReason.RELATIONSHIPS_HELD_ELSEWHERE, "党员组织关系不在本会");
        put(NoOrganisationReason.IN_PREPARATION, "正在筹建");
        put(NoOrganisationReason.COVERED_OTHERWISE, "由联合党支部或工作小组覆盖");
        put(NoOrganisationReason.OTHER, "其他原因");
    }

    private Labels() {
    }

    private static void put(Enum<?> value, String label) {
        LABELS.put(value, label);
    }

    static String of(Enum<?> value) {
        return value == null ? "" : LABELS.getOrDefault(value, value.name());
    }

    /** The constant named by a Chinese label or by its English name (any case); null when none matches. */
    static <E extends Enum<E>> E parse(Class<E> type, String text) {
        String t = text.strip();
        for (E e : type.getEnumConstants()) {
            if (t.equals(LABELS.get(e)) || t.toUpperCase(Locale.ROOT).equals(e.name())) {
                return e;
            }
        }
        return null;
    }

    /** Every accepted spelling, for error messages. */
    static <E extends Enum<E>> String allowed(Class<E> type) {
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
