package org.castpb.records.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.castpb.api.RegistrationStatus;
import org.castpb.api.Scope;
import org.castpb.api.SocietyLevel;

/**
 * Active societies that already carry a name. A society recorded again under another USCC (the demo's
 * generated codes, then the real list) doubles the counts of every coverage figure, so an import or a
 * create of such a name warns, or is refused where the site wants names unique among active societies.
 */
final class SameNames {

    /** An active society holding a name. */
    record Holder(long id, String uscc, String regionCode, SocietyLevel level) {
    }

    private static final int CHUNK = 500;

    private SameNames() {
    }

    /** The active societies holding each of the names, by name. */
    static Map<String, List<Holder>> holders(EntityManager em, Collection<String> names) {
        Map<String, List<Holder>> holders = new HashMap<>();
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(names));
        for (int from = 0; from < distinct.size(); from += CHUNK) {
            List<Object[]> rows = em.createQuery("SELECT s.name, s.id, s.uscc, s.regionCode, s.level FROM SocietyEntity s"
                            + " WHERE s.registrationStatus = :active AND s.name IN :names ORDER BY s.id", Object[].class)
                    .setParameter("active", RegistrationStatus.ACTIVE)
                    .setParameter("names", distinct.subList(from, Math.min(distinct.size(), from + CHUNK)))
                    .getResultList();
            for (Object[] row : rows) {
                holders.computeIfAbsent((String) row[0], n -> new ArrayList<>()).add(new Holder((Long) row[1], (String) row[2], (String) row[3],
                        (SocietyLevel) row[4]));
            }
        }
        return holders;
    }

    /**
     * What is said about one other holder of the name; ASCII only, as REST sends it in a header too. A holder
     * outside the actor's scope is not named: that the name is taken is all the actor learns.
     */
    static String warning(Scope scope, Holder holder) {
        String who = scope.covers(holder.id(), holder.regionCode(), holder.level())
                ? "society " + holder.id() + " (USCC " + holder.uscc() + ")" : "a society outside your scope";
        return who + " is active under the same name: check this is not the same society under another code";
    }
}
