package org.castpb.soap.internal.workers;

import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.soap.internal.LocalDateAdapter;
import java.util.List;
import org.castpb.api.workers.Worker;
import org.castpb.api.workers.WorkerDraft;
import org.castpb.api.workers.WorkerKind;

/** A party affairs worker on a society's roster; as a draft, id and version are ignored. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "worker", propOrder = {"id", "societyId", "name", "kind", "position", "startDate", "endDate", "version"})
public class WorkerXml {
    public long id;
    public long societyId;
    public String name;
    public WorkerKind kind;
    public String position;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate startDate;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate endDate;
    public long version;

    static WorkerXml of(Worker w) {
        WorkerXml x = new WorkerXml();
        x.id = w.id();
        x.societyId = w.societyId();
        x.name = w.name();
        x.kind = w.kind();
        x.position = w.position();
        x.startDate = w.startDate();
        x.endDate = w.endDate();
        x.version = w.version();
        return x;
    }

    static List<WorkerXml> of(List<Worker> workers) {
        return workers.stream().map(WorkerXml::of).toList();
    }

    WorkerDraft toDraft() {
        return new WorkerDraft(societyId, name, kind, position, startDate, endDate);
    }
}
