package org.castpb.organisations.internal;

import org.osgi.service.condition.Condition;
import static org.castpb.api.SocietyRowsRemover.select;
import static org.castpb.api.SocietyRowsRemover.update;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.castpb.api.SocietyRowsRemover;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Removes what the party-organisation records hold about societies being removed: their liaisons, their
 * place in requests and organisations, and the requests and organisations that then concern no society
 * (a joint branch that also covers a kept society stays, without the removed one).
 */
@Component(service = SocietyRowsRemover.class)
public class OrganisationRowsRemover implements SocietyRowsRemover {

    @Activate
    public OrganisationRowsRemover(@Reference(target = "(osgi.condition.id=castpb.schema.organisations)") Condition schemaIsReady) {
    }

    @Override
    public Map<String, Integer> removeSocieties(Connection c, List<Long> societies) throws SQLException {
        Map<String, Integer> removed = new LinkedHashMap<>();
        removed.put("PORG_LIAISON", update(c, "DELETE FROM PORG_LIAISON WHERE SOCIETY_ID IN (:ids)", societies));

        List<Long> requests = select(c, "SELECT REQUEST_ID FROM PORG_REQUEST_SOCIETY WHERE SOCIETY_ID IN (:ids)", societies);
        removed.put("PORG_REQUEST_SOCIETY", update(c, "DELETE FROM PORG_REQUEST_SOCIETY WHERE SOCIETY_ID IN (:ids)", societies));
        List<Long> emptyRequests = select(c, "SELECT ID FROM PORG_REQUEST r WHERE ID IN (:ids)"
                + " AND NOT EXISTS (SELECT 1 FROM PORG_REQUEST_SOCIETY s WHERE s.REQUEST_ID = r.ID)", requests);
        removed.put("PORG_REQUEST_WARNING", update(c, "DELETE FROM PORG_REQUEST_WARNING WHERE REQUEST_ID IN (:ids)", emptyRequests));
        removed.put("PORG_REQUEST_TRANSITION", update(c, "DELETE FROM PORG_REQUEST_TRANSITION WHERE REQUEST_ID IN (:ids)", emptyRequests));
        removed.put("PORG_REQUEST", update(c, "DELETE FROM PORG_REQUEST WHERE ID IN (:ids)", emptyRequests));

        List<Long> organisations = select(c, "SELECT ORGANISATION_ID FROM PORG_ORGANISATION_SOCIETY WHERE SOCIETY_ID IN (:ids)", societies);
        removed.put("PORG_ORGANISATION_SOCIETY", update(c, "DELETE FROM PORG_ORGANISATION_SOCIETY WHERE SOCIETY_ID IN (:ids)", societies));
        List<Long> emptyOrganisations = select(c, "SELECT ID FROM PORG_ORGANISATION o WHERE ID IN (:ids)"
                + " AND NOT EXISTS (SELECT 1 FROM PORG_ORGANISATION_SOCIETY s WHERE s.ORGANISATION_ID = o.ID)", organisations);
        // what still points at a removed organisation (a kept request, a child organisation) keeps its row, without the link
        update(c, "UPDATE PORG_REQUEST SET ORGANISATION_ID = NULL WHERE ORGANISATION_ID IN (:ids)", emptyOrganisations);
        update(c, "UPDATE PORG_REQUEST SET PARENT_ID = NULL WHERE PARENT_ID IN (:ids)", emptyOrganisations);
        update(c, "UPDATE PORG_ORGANISATION SET PARENT_ID = NULL WHERE PARENT_ID IN (:ids)", emptyOrganisations);
        removed.put("PORG_ORGANISATION_HISTORY", update(c, "DELETE FROM PORG_ORGANISATION_HISTORY WHERE ORGANISATION_ID IN (:ids)",
                emptyOrganisations));
        removed.put("PORG_ORGANISATION", update(c, "DELETE FROM PORG_ORGANISATION WHERE ID IN (:ids)", emptyOrganisations));
        return removed;
    }
}
