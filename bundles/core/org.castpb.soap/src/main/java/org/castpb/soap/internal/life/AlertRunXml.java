package org.castpb.soap.internal.life;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import org.castpb.api.life.AlertRun;

/** What one run of the alerts did. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "alertRun", propOrder = {"asOf", "opened", "closed", "open"})
public class AlertRunXml {
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public int opened;
    public int closed;
    public int open;

    static AlertRunXml of(AlertRun run) {
        AlertRunXml x = new AlertRunXml();
        x.asOf = run.asOf();
        x.opened = run.opened();
        x.closed = run.closed();
        x.open = run.open();
        return x;
    }
}
