package org.castpb.soap.internal.federation;

import java.time.Instant;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.jobs.JobRun;
import org.castpb.soap.internal.InstantAdapter;

/** A recorded run of a scheduled job: which node ran it for which due time, and whose job it took over. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "jobRun", propOrder = {"job", "due", "node", "startedAt", "finishedAt", "takenOverFrom"})
public class JobRunXml {
    public String job;
    public String due;
    public String node;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant startedAt;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant finishedAt;
    public String takenOverFrom;

    static JobRunXml of(JobRun r) {
        if (r == null) {
            return null;
        }
        JobRunXml x = new JobRunXml();
        x.job = r.job();
        x.due = r.due();
        x.node = r.node();
        x.startedAt = r.startedAt();
        x.finishedAt = r.finishedAt();
        x.takenOverFrom = r.takenOverFrom();
        return x;
    }
}
