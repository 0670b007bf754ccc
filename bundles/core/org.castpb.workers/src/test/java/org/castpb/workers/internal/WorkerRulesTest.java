package org.castpb.workers.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.castpb.api.FieldError;
import org.castpb.api.ValidationException;
import org.castpb.api.workers.CommendationDraft;
import org.castpb.api.workers.JobChangeKind;
import org.castpb.api.workers.TrainingDraft;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.workers.WorkerKind;
import org.junit.Test;

public class WorkerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final WorkerDraft FULL = new WorkerDraft(7, " 王芳 ", WorkerKind.FULL_TIME, "专职副书记", LocalDate.of(2020, 3, 1), null);

    private static List<String> codes(Runnable r) {
        return assertThrows(ValidationException.class, r::run).errors().stream().map(e -> e.field() + ":" + e.code()).toList();
    }

    @Test
    public void aValidWorkerIsTrimmed() {
        assertEquals("王芳", WorkerRules.validate(FULL, TODAY).name());
    }

    @Test
    public void anEndBeforeTheStartIsRefusedNamingTheEndDate() {
        List<String> codes = codes(() -> WorkerRules.validate(new WorkerDraft(7, "王芳", WorkerKind.FULL_TIME, "干事",
                LocalDate.of(2020, 3, 1), LocalDate.of(2020, 2, 28)), TODAY));
        assertEquals(List.of("endDate:" + WorkerRules.END_BEFORE_START), codes);
    }

    @Test
    public void everyMissingFieldIsNamedAtOnce() {
        List<String> codes = codes(() -> WorkerRules.validate(new WorkerDraft(0, " ", null, null, null, null), TODAY));
        assertEquals(List.of("societyId:REQUIRED", "name:REQUIRED", "kind:REQUIRED", "position:REQUIRED", "startDate:REQUIRED"), codes);
    }

    @Test
    public void aStartInTheFutureOrAControlCharacterIsRefused() {
        assertEquals(List.of("startDate:IN_FUTURE"), codes(() -> WorkerRules.validate(new WorkerDraft(7, "王芳", WorkerKind.PART_TIME, "干事",
                TODAY.plusDays(1), null), TODAY)));
        assertEquals(List.of("name:CONTROL_CHARACTER"), codes(() -> WorkerRules.validate(new WorkerDraft(7, "王\u0000芳",
                WorkerKind.PART_TIME, "干事", TODAY, null), TODAY)));
    }

    @Test
    public void trainingHoursArePositiveHalfHoursWithinTheTimeInPost() {
        LocalDate start = LocalDate.of(2020, 3, 1);
        assertEquals(new BigDecimal("7.5"), WorkerRules.validate(new TrainingDraft("党务干部培训班", new BigDecimal("7.5"),
                LocalDate.of(2026, 5, 1)), start, null, TODAY).hours());
        assertEquals(List.of("hours:INVALID_HOURS"), codes(() -> WorkerRules.validate(new TrainingDraft("x", new BigDecimal("0.3"),
                LocalDate.of(2026, 5, 1)), start, null, TODAY)));
        assertEquals(List.of("hours:INVALID_HOURS"), codes(() -> WorkerRules.validate(new TrainingDraft("x", BigDecimal.ZERO,
                LocalDate.of(2026, 5, 1)), start, null, TODAY)));
        assertEquals(List.of("trainedOn:OUTSIDE_TIME_IN_POST"), codes(() -> WorkerRules.validate(new TrainingDraft("x", BigDecimal.ONE,
                LocalDate.of(2020, 2, 1)), start, null, TODAY)));
        assertEquals(List.of("trainedOn:OUTSIDE_TIME_IN_POST"), codes(() -> WorkerRules.validate(new TrainingDraft("x", BigDecimal.ONE,
                LocalDate.of(2024, 2, 1)), start, LocalDate.of(2023, 12, 31), TODAY)));
    }

    @Test
    public void aCommendationNamesAtMostOneOfAWorkerAndAnOrganisation() {
        List<String> codes = codes(() -> WorkerRules.validate(new CommendationDraft(7, 1L, 2L, "先进党组织", TODAY, "科技社团党委"), TODAY));
        assertEquals(List.of("organisationId:ONE_SUBJECT"), codes);
    }

    @Test
    public void anAssessmentYearOutsideTheTimeInPostIsRefused() {
        FieldError e = assertThrows(ValidationException.class, () -> WorkerRules.checkYear(2019, LocalDate.of(2020, 3, 1), null, TODAY))
                .errors().get(0);
        assertEquals("OUTSIDE_TIME_IN_POST", e.code());
        assertThrows(ValidationException.class, () -> WorkerRules.checkYear(2027, LocalDate.of(2020, 3, 1), null, TODAY));
        WorkerRules.checkYear(2026, LocalDate.of(2020, 3, 1), null, TODAY);
    }

    @Test
    public void aFullTimeWorkersNewPositionChangeToPartTimeAndEndAreJobChanges() {
        WorkerDraft after = new WorkerDraft(7, "王芳", WorkerKind.PART_TIME, "党建干事", FULL.startDate(), LocalDate.of(2026, 11, 1));
        List<WorkerRules.Change> changes = WorkerRules.jobChanges(FULL, after, TODAY);
        assertEquals(List.of(JobChangeKind.POSITION_CHANGED, JobChangeKind.BECAME_PART_TIME, JobChangeKind.LEFT),
                changes.stream().map(WorkerRules.Change::kind).toList());
        assertEquals(TODAY, changes.get(0).on());
        assertEquals(LocalDate.of(2026, 11, 1), changes.get(2).on());
        assertEquals("专职副书记", changes.get(0).before());
    }

    @Test
    public void aPartTimeWorkersChangesNeedNoReport() {
        WorkerDraft before = new WorkerDraft(7, "李明", WorkerKind.PART_TIME, "组织委员", FULL.startDate(), null);
        WorkerDraft after = new WorkerDraft(7, "李明", WorkerKind.PART_TIME, "宣传委员", FULL.startDate(), TODAY);
        assertTrue(WorkerRules.jobChanges(before, after, TODAY).isEmpty());
    }

    @Test
    public void aFullTimeWorkerEnteredWithAnEndHasLeft() {
        WorkerDraft entered = new WorkerDraft(7, "王芳", WorkerKind.FULL_TIME, "专职副书记", FULL.startDate(), LocalDate.of(2026, 10, 1));
        assertEquals(List.of(JobChangeKind.LEFT), WorkerRules.jobChanges(null, entered, TODAY).stream().map(WorkerRules.Change::kind).toList());
        assertTrue(WorkerRules.jobChanges(null, FULL, TODAY).isEmpty());
    }
}
