package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.castpb.api.Actor;
import org.castpb.api.life.Absence;
import org.castpb.api.life.MeetingDraft;
import org.castpb.api.life.MeetingLoader;
import org.castpb.api.life.MeetingQuery;
import org.castpb.api.life.MeetingService;
import org.castpb.api.life.MeetingType;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.organisation.OrganisationType;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationService;

/**
 * Meetings of the demo organisations over the last thirteen months, so that the compliance report and the alerts tell
 * something: a third keep to the rules, a third with a gap now and then, some miss a third of their meetings, and a
 * few have held nothing for the last eight months. In every fifth organisation one member stays away without reason
 * for the last seven months (a candidate for an unqualified-member case). Each meeting is recorded as people record
 * them: most within a week of the meeting, some in the second week, about one in twenty weeks later (recorded late).
 * Organisations with meetings are left alone.
 */
final class DemoMeetings {

    private static final String[] LECTURES = {"学习贯彻党的二十大精神", "学习《中国共产党章程》", "科技社团党建工作的新要求", "弘扬科学家精神",
        "学习习近平总书记关于科技创新的重要论述", "全面从严治党专题党课"};
    private static final String[] TOPICS = {"传达上级党组织文件精神", "讨论学会年度工作计划", "研究发展党员工作", "学习党纪学习教育读本",
        "讨论学术年会筹备中的党建工作", "交流学习体会", "研究党费收缴情况"};
    private static final String[] REASONS = {"出差", "病假", "参加学术会议", "事假"};

    private DemoMeetings() {
    }

    /** What was loaded: meetings recorded, organisations skipped because they had meetings. */
    record Loaded(int meetings, int skipped) {
    }

    static Loaded load(Actor actor, MeetingService meetings, MeetingLoader loader, MemberService members,
                       PartyOrganisationService organisations, List<Long> organisationIds) {
        LocalDate today = LocalDate.now(Texts.ZONE);
        LocalDate start = today.minusMonths(13).withDayOfMonth(1);
        int recorded = 0;
        int skipped = 0;
        for (long id : organisationIds) {
            if (meetings.list(actor, new MeetingQuery(id, null, null, null, null, 0, 1)).total() > 0) {
                skipped++;
                continue;
            }
            PartyOrganisation org = organisations.get(actor, id);
            List<Member> roll = members.list(actor, new MemberQuery(id, null, null, 0, MemberQuery.MAX_LIMIT)).items().stream()
                    .filter(m -> m.status().onRoll()).toList();
            Random rng = new Random(DemoOrganisations.SEED * 31 + id);
            // 0-34: exemplary, 35-64: a gap now and then, 65-89: patchy, 90-99: stopped eight months ago
            int habit = rng.nextInt(100);
            double missRate = habit < 35 ? 0.0 : habit < 65 ? 0.1 : habit < 90 ? 0.35 : 0.0;
            LocalDate stoppedOn = habit >= 90 ? today.minusMonths(8) : null;
            Member truant = id % 5 == 0 && roll.size() > 2 ? roll.get(roll.size() - 1) : null;
            // its own sequence: the meetings held stay those of the seed above
            Random clerk = new Random(DemoOrganisations.SEED * 37 + id);
            List<MeetingLoader.RecordedMeeting> drafts = new ArrayList<>();
            for (LocalDate month = start; month.isBefore(today.withDayOfMonth(1)); month = month.plusMonths(1)) {
                for (MeetingType type : due(org.type(), org.formalMembers(), month)) {
                    LocalDate held = month.plusDays(5 + rng.nextInt(20));
                    if (held.isAfter(today) || rng.nextDouble() < missRate || (stoppedOn != null && held.isAfter(stoppedOn))) {
                        continue;
                    }
                    drafts.add(new MeetingLoader.RecordedMeeting(draft(org.id(), type, held, roll, truant, today, rng),
                            recordedOn(held, today, clerk)));
                }
            }
            // one transaction per organisation: thousands of meetings in all
            recorded += loader.loadAll(actor, drafts);
        }
        return new Loaded(recorded, skipped);
    }

    /** The day a meeting is recorded: 80% within a week, 15% in the second, 5% three to eight weeks later; never after today. */
    static LocalDate recordedOn(LocalDate held, LocalDate today, Random clerk) {
        int roll = clerk.nextInt(100);
        int days = roll < 80 ? clerk.nextInt(8) : roll < 95 ? 8 + clerk.nextInt(7) : 21 + clerk.nextInt(36);
        LocalDate on = held.plusDays(days);
        return on.isAfter(today) ? today : on;
    }

    /** The meetings an organisation of this type holds in a month: group and committee meetings monthly, the others in their season. */
    private static List<MeetingType> due(OrganisationType type, int formalMembers, LocalDate month) {
        List<MeetingType> types = new ArrayList<>();
        if (type == OrganisationType.BRANCH || type == OrganisationType.JOINT_BRANCH) {
            types.add(MeetingType.GROUP_MEETING);
        }
        // a branch under seven formal members has a secretary, not a committee
        if (type == OrganisationType.COMMITTEE || type == OrganisationType.GENERAL_BRANCH || formalMembers >= 7 && type != OrganisationType.WORK_GROUP) {
            types.add(MeetingType.COMMITTEE_MEETING);
        }
        if (month.getMonthValue() % 3 == 0) {
            types.add(MeetingType.MEMBERS_ASSEMBLY);
            types.add(MeetingType.PARTY_LECTURE);
        }
        if (month.getMonthValue() == 12) {
            types.add(MeetingType.ORGANISATIONAL_LIFE_MEETING);
            if (type == OrganisationType.COMMITTEE) {
                types.add(MeetingType.DEMOCRATIC_LIFE_MEETING);
            }
        }
        return types;
    }

    private static MeetingDraft draft(long organisation, MeetingType type, LocalDate held, List<Member> roll, Member truant, LocalDate today,
                                      Random rng) {
        List<Long> present = new ArrayList<>();
        List<Absence> absent = new ArrayList<>();
        for (Member m : roll) {
            if (truant != null && m.id() == truant.id() && held.isAfter(today.minusMonths(7))) {
                absent.add(new Absence(m.id(), null));
            } else if (rng.nextInt(10) == 0) {
                absent.add(new Absence(m.id(), REASONS[rng.nextInt(REASONS.length)]));
            } else {
                present.add(m.id());
            }
        }
        String topic = type == MeetingType.PARTY_LECTURE ? LECTURES[rng.nextInt(LECTURES.length)]
                : type == MeetingType.ORGANISATIONAL_LIFE_MEETING ? "年度组织生活会：对照检查、批评与自我批评"
                : type == MeetingType.DEMOCRATIC_LIFE_MEETING ? "年度民主生活会" : TOPICS[rng.nextInt(TOPICS.length)];
        return new MeetingDraft(type, organisation, held, topic, present, absent, "会议由党组织书记主持，应到" + roll.size() + "人，实到"
                + present.size() + "人。（演示数据）");
    }
}
