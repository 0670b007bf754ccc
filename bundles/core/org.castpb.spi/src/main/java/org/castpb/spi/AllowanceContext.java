package org.castpb.spi;

import java.math.BigDecimal;
import java.util.List;
import org.castpb.api.workers.AssessedWorker;
import org.osgi.annotation.versioning.ProviderType;

/** What castpb hands an {@link AllowanceScheme}: the year, the workers assessed for it and the budget. Since SPI 1.1.0. */
@ProviderType
public interface AllowanceContext {

    /** The year whose assessment grades are paid. */
    int year();

    /** The budget in yuan, positive; the allowances together must not exceed it. */
    BigDecimal budget();

    /**
     * The workers in post during the year with an assessment grade for it, in the caller's scope, ordered by worker id.
     */
    List<AssessedWorker> workers();
}
