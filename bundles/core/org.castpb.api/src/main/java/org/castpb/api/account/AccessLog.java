package org.castpb.api.account;

import java.util.List;
import org.castpb.api.Actor;
import org.osgi.annotation.versioning.ProviderType;

/** The log of refused accesses, written by every door and read by administrators. */
@ProviderType
public interface AccessLog {

    /** Records a refusal; never fails the request it is about (a failure to record is logged). */
    void refused(AccessRefusal refusal);

    /**
     * The newest refusals first.
     *
     * @param limit at most this many, 1 to 500
     * @throws org.castpb.api.ForbiddenException when the actor is no administrator
     */
    List<AccessRefusal> recent(Actor actor, int offset, int limit);
}
