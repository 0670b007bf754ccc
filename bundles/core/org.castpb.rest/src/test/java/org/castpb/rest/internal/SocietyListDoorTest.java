package org.castpb.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.castpb.api.FieldError;
import org.castpb.api.Page;
import org.castpb.api.Society;
import org.castpb.api.SocietyQuery;
import org.castpb.api.SocietyService;
import org.castpb.api.ValidationException;
import org.junit.Test;

/** The REST door of the society list: what it asks the service to count, and a page's JSON with and without a total. */
public class SocietyListDoorTest {

    private static final ObjectMapper JSON = RestServer.objectMapper();

    private final AtomicReference<SocietyQuery> asked = new AtomicReference<>();
    // the service answers as the records bundle does: the total only when the query counts
    private final SocietyService service = (SocietyService) Proxy.newProxyInstance(SocietyService.class.getClassLoader(),
            new Class<?>[] {SocietyService.class}, (proxy, method, args) -> {
                SocietyQuery query = (SocietyQuery) args[1];
                asked.set(query);
                return new Page<Society>(List.of(), query.countsTotal() ? 7 : Page.UNCOUNTED, query.offset(), query.limit());
            });
    private final SocietyResource resource = new SocietyResource(service);

    @Test
    public void aPageAfterAnIdAnswersWithoutTotalUnlessAsked() throws Exception {
        JsonNode byKey = JSON.valueToTree(resource.list(filter("0", null, "81234"), null, null));
        assertFalse(byKey.toString(), byKey.has("total"));
        assertEquals(50, byKey.get("limit").asInt());
        assertTrue(byKey.get("items").isArray());

        JsonNode counted = JSON.valueToTree(resource.list(filter(null, null, "81234"), "true", null));
        assertEquals(7, counted.get("total").asLong());
        assertEquals(Long.valueOf(81234), asked.get().after());
    }

    @Test
    public void aPageByOffsetCountsUnlessToldNotTo() {
        assertEquals(7, resource.list(filter("100", "20", null), null, null).total());
        assertTrue(asked.get().countsTotal());
        JsonNode uncounted = JSON.valueToTree(resource.list(filter("100", "20", null), "FALSE", null));
        assertFalse(uncounted.has("total"));
        assertEquals(100, uncounted.get("offset").asInt());
    }

    @Test
    public void aCountedTotalOfNoneIsWritten() throws Exception {
        JsonNode none = JSON.readTree(JSON.writeValueAsString(new Page<>(List.of(), 0, 0, 50)));
        assertEquals(0, none.get("total").asLong());
    }

    @Test
    public void anIncludeTotalThatIsNoFlagIsRefusedNamedBesideTheOtherBadParameters() {
        ValidationException refused = assertThrows(ValidationException.class, () -> resource.list(filter(null, "many", null), "yes", null));
        assertEquals(List.of("limit", "includeTotal"), refused.errors().stream().map(FieldError::field).toList());
        assertTrue(refused.errors().get(1).message(), refused.errors().get(1).message().contains("'yes'"));
    }

    private static SocietyFilterParams filter(String offset, String limit, String after) {
        SocietyFilterParams params = new SocietyFilterParams();
        params.offset = offset;
        params.limit = limit;
        params.after = after;
        return params;
    }
}
