package org.castpb.evaluation.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.castpb.api.Ledger;
import org.castpb.api.Society;
import org.castpb.api.budgets.PartyWorkBudget;
import org.castpb.api.appraisal.AppraisalRound;
import org.castpb.api.evaluation.EvaluationKind;
import org.castpb.api.life.Meeting;
import org.castpb.api.matters.MajorMatter;
import org.castpb.api.organisation.LiaisonAssignment;
import org.castpb.api.organisation.PartyOrganisation;
import org.castpb.spi.EvaluationContext;

/**
 * The engine's {@link EvaluationContext}: immutable, so every module of a society sees the same facts. The
 * organisational-life reads are empty where their service is not installed.
 */
record Context(int year, EvaluationKind kind, LocalDate asOf, Society society, Ledger ledger,
               List<PartyOrganisation> organisations, boolean establishmentRequestPending,
               List<LiaisonAssignment> liaisons, Optional<PartyWorkBudget> partyWorkBudget, Optional<List<Meeting>> meetings,
               Optional<List<AppraisalRound>> appraisals, Optional<List<MajorMatter>> majorMatters) implements EvaluationContext {

    Context {
        organisations = List.copyOf(organisations);
        liaisons = List.copyOf(liaisons);
        partyWorkBudget = partyWorkBudget == null ? Optional.empty() : partyWorkBudget;
        meetings = meetings.map(List::copyOf);
        appraisals = appraisals.map(List::copyOf);
        majorMatters = majorMatters.map(List::copyOf);
    }

    /** A context without a recorded budget. */
    Context(int year, EvaluationKind kind, LocalDate asOf, Society society, Ledger ledger, List<PartyOrganisation> organisations,
            boolean establishmentRequestPending, List<LiaisonAssignment> liaisons) {
        this(year, kind, asOf, society, ledger, organisations, establishmentRequestPending, liaisons, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
