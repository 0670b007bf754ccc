package org.castpb.soap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.StringWriter;
import java.util.List;
import javax.xml.bind.JAXBContext;
import javax.xml.bind.JAXBElement;
import javax.xml.bind.Marshaller;
import javax.xml.namespace.QName;
import org.castpb.api.Page;
import org.castpb.api.Society;
import org.castpb.api.SocietyQuery;
import org.junit.Test;

/** SOAP's society list pages as REST's do: a page after an id counts only when asked, and then says how many match. */
public class SocietyPagingXmlTest {

    @Test
    public void aFilterAfterAnIdCountsOnlyWithIncludeTotal() {
        SocietyFilterXml filter = new SocietyFilterXml();
        filter.after = 81_234L;
        assertFalse(SocietyFilterXml.toQuery(filter).countsTotal());
        filter.includeTotal = true;
        assertTrue(SocietyFilterXml.toQuery(filter).countsTotal());
        filter.after = null;
        filter.includeTotal = false;
        assertFalse(SocietyFilterXml.toQuery(filter).countsTotal());
        assertTrue(SocietyFilterXml.toQuery(null).countsTotal());
    }

    @Test
    public void aPageThatDidNotCountHasNoTotalElement() throws Exception {
        SocietyPageXml uncounted = SocietyPageXml.of(new Page<Society>(List.of(), Page.UNCOUNTED, 0, 50));
        assertNull(uncounted.total);
        assertFalse(xml(uncounted), xml(uncounted).contains("total>"));
        SocietyPageXml counted = SocietyPageXml.of(new Page<Society>(List.of(), 0, 0, 50));
        assertEquals(Long.valueOf(0), counted.total);
        assertTrue(xml(counted), xml(counted).contains("total>0</"));
    }

    private static String xml(SocietyPageXml page) throws Exception {
        Marshaller marshaller = JAXBContext.newInstance(SocietyPageXml.class).createMarshaller();
        StringWriter out = new StringWriter();
        marshaller.marshal(new JAXBElement<>(new QName("page"), SocietyPageXml.class, page), out);
        return out.toString();
    }
}
