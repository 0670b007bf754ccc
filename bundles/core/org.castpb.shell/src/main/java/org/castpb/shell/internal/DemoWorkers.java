package org.castpb.shell.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.castpb.api.Actor;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.api.organisation.PartyOrganisationService;
import org.castpb.api.workers.CommendationDraft;
import org.castpb.api.workers.JobChange;
import org.castpb.api.workers.TrainingDraft;
import org.castpb.api.workers.Worker;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.workers.WorkerGrade;
import org.castpb.api.workers.WorkerKind;
import org.castpb.api.workers.WorkerService;

/**
 * Party affairs workers for the first demo societies, so that the roster and its lists show gaps: a full-time and a
 * part-time worker each, this year's training (every fourth full-time and every third part-time worker short of the
 * target), last year's grades (some BASICALLY_COMPETENT, a few INCOMPETENT), job changes (every sixth society's full-time
 * worker left 45 days ago and a successor started, half of those changes still unreported and overdue; every sixth
 * other one changed position today, not yet due) and commendations. Societies that already have workers are left alone.
 */
final class DemoWorkers {

    static final int SOCIETIES = 30;
    private static final String[] FULL_TIME_POSITIONS = {"专职副书记", "党建工作办公室主任", "党委办公室主任"};
    private static final String[] PART_TIME_POSITIONS = {"组织委员", "宣传委员", "纪检委员", "党务干事"};
    private static final String[] COURSES = {"学会党务干部培训班", "党的二十大精神专题培训", "基层党组织书记轮训", "党务工作实务网络培训",
        "科技社团党建工作研讨班"};
    private static final String COMMITTEE = "中国科协科技社团党委";

    private DemoWorkers() {
    }

    /** What was loaded. */
    record Loaded(int workers, int skipped, int jobChanges, int overdue, int commendations) {
    }

    static Loaded load(Actor actor, WorkerService workers, List<Long> societies, PartyOrganisationService organisations) {
        LocalDate today = LocalDate.now(Texts.ZONE);
        int added = 0;
        int skipped = 0;
        int commendations = 0;
        for (int k = 0; k < Math.min(SOCIETIES, societies.size()); k++) {
            long society = societies.get(k);
            if (workers.list(actor, society, false, 0, 1).total() > 0) {
                skipped++;
                continue;
            }
            Random rng = new Random(DemoOrganisations.SEED + 7919 * society);
            Worker full = workers.add(actor, new WorkerDraft(society, name(rng), WorkerKind.FULL_TIME,
                    FULL_TIME_POSITIONS[rng.nextInt(FULL_TIME_POSITIONS.length)], start(rng), null));
            Worker part = workers.add(actor, new WorkerDraft(society, name(rng), WorkerKind.PART_TIME,
                    PART_TIME_POSITIONS[rng.nextInt(PART_TIME_POSITIONS.length)], start(rng), null));
            added += 2;
            train(actor, workers, full, k % 4 == 1 ? 16 : 40 + 4 * rng.nextInt(5), today, rng);
            train(actor, workers, part, k % 3 == 2 ? 8 : 32 + 4 * rng.nextInt(3), today, rng);
            workers.assess(actor, full.id(), today.getYear() - 1, grade(rng), "年度考核");
            workers.assess(actor, part.id(), today.getYear() - 1, grade(rng), "年度考核");
            if (k % 6 == 0) {
                // the full-time worker left 45 days ago; a successor started five days later
                workers.update(actor, full.id(), full.version(), new WorkerDraft(society, full.name(), full.kind(), full.position(),
                        full.startDate(), today.minusDays(45)));
                workers.add(actor, new WorkerDraft(society, name(rng), WorkerKind.FULL_TIME, full.position(), today.minusDays(40), null));
                added++;
            } else if (k % 6 == 3) {
                workers.update(actor, full.id(), full.version(), new WorkerDraft(society, full.name(), full.kind(), "党委副书记（专职）",
                        full.startDate(), null));
            }
            if (k % 5 == 0) {
                List<PartyOrganisation> own = organisations.bySociety(actor, society);
                LocalDate july = LocalDate.of(today.getYear() - 1, 7, 1);
                workers.commend(actor, own.isEmpty() ? new CommendationDraft(society, part.id(), null, "优秀党务工作者", july, COMMITTEE)
                        : new CommendationDraft(society, null, own.get(0).id(), "先进基层党组织", july, COMMITTEE));
                commendations++;
            }
        }
        // half of the departures were reported, late
        List<JobChange> left = workers.jobChanges(actor, null, true);
        for (int i = 0; i < left.size(); i += 2) {
            if (societies.contains(left.get(i).societyId())) {
                workers.fileJobChange(actor, left.get(i).id(), "已于变动后报告科技社团党委（演示数据）");
            }
        }
        List<JobChange> all = workers.jobChanges(actor, null, false);
        long overdue = all.stream().filter(JobChange::overdue).count();
        return new Loaded(added, skipped, all.size(), (int) overdue, commendations);
    }

    private static String name(Random rng) {
        return DemoMembers.SURNAMES[rng.nextInt(DemoMembers.SURNAMES.length)] + DemoMembers.GIVEN[rng.nextInt(DemoMembers.GIVEN.length)];
    }

    private static LocalDate start(Random rng) {
        return LocalDate.of(2014 + rng.nextInt(9), 1 + rng.nextInt(12), 1 + rng.nextInt(28));
    }

    private static WorkerGrade grade(Random rng) {
        int r = rng.nextInt(20);
        return r < 5 ? WorkerGrade.EXCELLENT : r < 15 ? WorkerGrade.COMPETENT : r < 18 ? WorkerGrade.BASICALLY_COMPETENT : WorkerGrade.INCOMPETENT;
    }

    /** About {@code hours} class hours this year, in trainings of 4 to 16 hours on days from 1 January to today. */
    private static void train(Actor actor, WorkerService workers, Worker w, int hours, LocalDate today, Random rng) {
        int left = hours;
        while (left > 0) {
            int h = Math.min(left, 4 * (1 + rng.nextInt(4)));
            LocalDate on = today.withDayOfYear(1 + rng.nextInt(today.getDayOfYear()));
            workers.addTraining(actor, w.id(), new TrainingDraft(COURSES[rng.nextInt(COURSES.length)], BigDecimal.valueOf(h), on));
            left -= h;
        }
    }
}
