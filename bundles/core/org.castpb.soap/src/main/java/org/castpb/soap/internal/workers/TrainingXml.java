package org.castpb.soap.internal.workers;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import java.math.BigDecimal;
import org.castpb.api.workers.Training;
import org.castpb.api.workers.TrainingDraft;

/** One training of a worker; as a draft, id and workerId are ignored. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "training", propOrder = {"id", "workerId", "course", "hours", "trainedOn"})
public class TrainingXml {
    public long id;
    public long workerId;
    public String course;
    public BigDecimal hours;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate trainedOn;

    static TrainingXml of(Training t) {
        TrainingXml x = new TrainingXml();
        x.id = t.id();
        x.workerId = t.workerId();
        x.course = t.course();
        x.hours = t.hours();
        x.trainedOn = t.trainedOn();
        return x;
    }

    TrainingDraft toDraft() {
        return new TrainingDraft(course, hours, trainedOn);
    }
}
