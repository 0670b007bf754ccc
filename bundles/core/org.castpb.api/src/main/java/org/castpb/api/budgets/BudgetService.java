package org.castpb.api.budgets;

import java.io.OutputStream;
import java.util.List;
import org.castpb.api.Actor;
import org.castpb.api.AuditEntry;
import org.castpb.api.Page;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Party-work budgets per society and year. Recording needs a records writer's role or the society's secretary; every
 * read and write is confined to the actor's {@link org.castpb.api.Scope} (outside it: NotFoundException for reads,
 * ForbiddenException {@code OUT_OF_SCOPE} for writes). Every change is one transaction and kept in the history.
 */
@ProviderType
public interface BudgetService {

    /**
     * Records (or replaces) a society's budget for a year.
     *
     * @throws org.castpb.api.ValidationException   naming each bad field: a year out of range, a negative or
     *                                              over-precise amount, facilities too long
     * @throws org.castpb.api.StaleVersionException when the year was recorded again since {@code expectedVersion}
     */
    PartyWorkBudget record(Actor actor, BudgetDraft draft);

    /** The society's budget for the year; NotFoundException when none is recorded. */
    PartyWorkBudget get(Actor actor, long societyId, int year);

    /** The society's budgets, newest year first. */
    List<PartyWorkBudget> bySociety(Actor actor, long societyId);

    /** The history of one society's budget for a year, oldest first. */
    List<AuditEntry> history(Actor actor, long societyId, int year);

    /** The active societies in scope that list no party-work funding for the year, by society id. */
    Page<SocietyWithoutBudget> withoutBudgetLine(Actor actor, int year, int offset, int limit);

    /**
     * The budget sheet of a year: every active society in scope with its budget line, spending per category, total
     * spent, rooms and facilities and whether the line is missing, with the totals; only {@code societyId} when given
     * (NotFoundException outside the scope).
     *
     * @since 1.1
     */
    BudgetSheet sheet(Actor actor, int year, Long societyId);

    /**
     * {@link #sheet} as a file with Chinese headers and a totals row: UTF-8 CSV, or an Excel workbook (.xlsx) with
     * amounts as number cells when {@code xlsx}.
     *
     * @since 1.1
     */
    void exportSheet(Actor actor, int year, Long societyId, boolean xlsx, OutputStream out);
}
