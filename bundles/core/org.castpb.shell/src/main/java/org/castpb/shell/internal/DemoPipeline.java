package org.castpb.shell.internal;

import java.time.LocalDate;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.LeaderRole;
import org.castpb.api.members.CitizenIds;
import org.castpb.api.members.Education;
import org.castpb.api.members.Gender;
import org.castpb.api.members.Member;
import org.castpb.api.members.MemberQuery;
import org.castpb.api.members.MemberService;
import org.castpb.api.members.MemberStatus;
import org.castpb.api.members.MembershipKind;
import org.castpb.api.members.SocietyPosition;
import org.castpb.api.pipeline.Acceptance;
import org.castpb.api.pipeline.Applicant;
import org.castpb.api.pipeline.Candidate;
import org.castpb.api.pipeline.CandidateQuery;
import org.castpb.api.pipeline.DevelopmentPlanDraft;
import org.castpb.api.pipeline.PipelineService;
import org.castpb.api.pipeline.StepDraft;
import org.castpb.api.pipeline.StepKind;

/**
 * Development pipelines and plans for the first demo organisations, with the gaps a reviewer should see: an activist
 * cultivated for less than a year, a development candidate admitted early with the approver's accepted warning, a
 * candidate short of training hours whose admission waits for an approver, a probationary member whose probation was
 * extended, members developed this year, and one plan that is behind. Organisations that already have a pipeline are
 * left alone; sponsors are each organisation's own formal members.
 */
final class DemoPipeline {

    private static final int ORGANISATIONS = 4;

    private DemoPipeline() {
    }

    /** What was loaded: candidates recorded, of them registered as probationary members, organisations skipped, plans set. */
    record Loaded(int candidates, int members, int skipped, int plans) {
    }

    static Loaded load(Actor actor, PipelineService pipeline, MemberService members, List<Long> organisations) {
        LocalDate today = LocalDate.now(Texts.ZONE);
        int recorded = 0;
        int skipped = 0;
        int plans = 0;
        int registered = 0;
        for (int o = 0; o < Math.min(ORGANISATIONS, organisations.size()); o++) {
            long organisation = organisations.get(o);
            if (pipeline.list(actor, new CandidateQuery(organisation, null, false, 0, 1)).total() > 0) {
                skipped++;
                continue;
            }
            List<Long> sponsors = members.list(actor, new MemberQuery(organisation, null, MemberStatus.ACTIVE, 0, MemberQuery.MAX_LIMIT)).items()
                    .stream().filter(m -> m.kind() == MembershipKind.FORMAL).map(Member::id).limit(2).toList();
            Demo d = new Demo(actor, pipeline, organisation, o, today, sponsors);
            // an applicant of two months, and an activist of eight: not yet due for admission as candidate (gap: < 1 year)
            d.person(0, "林晓彤", SocietyPosition.KEY_PROFESSIONAL, 70, -1);
            d.person(1, "高振宇", SocietyPosition.LEADER, 400, 240);
            // a development candidate admitted after ten months as activist, the approver's acceptance on record
            Candidate early = d.person(2, "何雨桐", SocietyPosition.KEY_PROFESSIONAL, 700, 500);
            d.step(early, new StepDraft(StepKind.ADMIT_CANDIDATE, today.minusDays(200), null, null, null, null, null, null, "支委会研究确定",
                    List.of(new Acceptance("ACTIVIST_TOO_SHORT", "科研骨干，外派前完成考察，经上级党委同意"))));
            recorded += 3;
            if (sponsors.size() == 2) {
                // admitted this year with 32 class hours (counts towards the plan)
                Candidate admitted = d.candidate(3, "罗嘉怡", SocietyPosition.LEADER, 1000, 800, 400);
                d.step(admitted, d.admission(today.minusDays(Math.min(30, today.getDayOfYear() - 1)), 32));
                // short of training hours (16 < 24): the admission waits for an approver
                Candidate shortHours = d.candidate(4, "邓子豪", SocietyPosition.KEY_PROFESSIONAL, 1000, 800, 380);
                d.step(shortHours, d.admission(today.minusDays(10), 16));
                // a probationary member whose probation was extended by six months
                Candidate extended = d.candidate(5, "宋佳琪", SocietyPosition.STAFF, 1400, 1200, 800);
                extended = d.step(extended, d.admission(today.minusDays(400), 30));
                d.step(extended, new StepDraft(StepKind.EXTEND_PROBATION, today.minusDays(35), null, null, null, null, null, 6,
                        "支部大会决定延长预备期", List.of()));
                recorded += 3;
                registered += 2;
            }
            int total = o == 1 ? 5 : 2;
            pipeline.savePlan(actor, new DevelopmentPlanDraft(organisation, today.getYear(), total, o == 1 ? 2 : 1, 1,
                    o == 1 ? "重点发展学会负责人和业务骨干" : null));
            plans++;
        }
        return new Loaded(recorded, registered, skipped, plans);
    }

    /** One organisation's demo people. */
    private record Demo(Actor actor, PipelineService pipeline, long organisation, int index, LocalDate today, List<Long> sponsors) {

        /** Applied {@code appliedAgo} days ago; an activist from {@code activistAgo} days ago unless negative. */
        Candidate person(int serial, String name, SocietyPosition position, int appliedAgo, int activistAgo) {
            LocalDate born = LocalDate.of(1985 + serial * 2, 3 + serial, 10 + index);
            String first17 = "110105" + born.toString().replace("-", "") + String.format("%03d", 500 + index * 10 + serial);
            Candidate c = pipeline.apply(actor, new Applicant(organisation, name, serial % 2 == 0 ? Gender.FEMALE : Gender.MALE, "汉族", born,
                    first17 + CitizenIds.checkCharacter(first17), Education.DOCTORATE, position,
                    position == SocietyPosition.LEADER ? LeaderRole.VICE_PRESIDENT : null, null, today.minusDays(appliedAgo), List.of()));
            return activistAgo < 0 ? c : step(c, StepDraft.on(StepKind.DESIGNATE_ACTIVIST, today.minusDays(activistAgo)));
        }

        /** A development candidate from {@code candidateAgo} days ago, after more than a year as activist. */
        Candidate candidate(int serial, String name, SocietyPosition position, int appliedAgo, int activistAgo, int candidateAgo) {
            return step(person(serial, name, position, appliedAgo, activistAgo), StepDraft.on(StepKind.ADMIT_CANDIDATE, today.minusDays(candidateAgo)));
        }

        StepDraft admission(LocalDate on, int hours) {
            return new StepDraft(StepKind.ADMIT_PROBATIONARY, on, on.minusDays(20), hours, sponsors, 9, 0, null, "支部大会表决通过", List.of());
        }

        Candidate step(Candidate c, StepDraft step) {
            return pipeline.step(actor, c.id(), c.version(), step);
        }
    }
}
