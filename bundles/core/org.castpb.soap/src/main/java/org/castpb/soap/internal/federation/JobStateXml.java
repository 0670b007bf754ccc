package org.castpb.soap.internal.federation;

import java.time.Instant;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.jobs.JobState;
import org.castpb.api.jobs.LeaseState;
import org.castpb.soap.internal.InstantAdapter;

/** A scheduled job the nodes share: its lease now and its last recorded run. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "jobState", propOrder = {"job", "leaseState", "leaseNode", "leaseDue", "leaseClaimedAt", "leaseExpiresAt", "runs",
        "lastRun"})
public class JobStateXml {
    public String job;
    public LeaseState leaseState;
    public String leaseNode;
    public String leaseDue;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant leaseClaimedAt;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant leaseExpiresAt;
    public long runs;
    public JobRunXml lastRun;

    static JobStateXml of(JobState j) {
        JobStateXml x = new JobStateXml();
        x.job = j.job();
        x.leaseState = j.leaseState();
        x.leaseNode = j.leaseNode();
        x.leaseDue = j.leaseDue();
        x.leaseClaimedAt = j.leaseClaimedAt();
        x.leaseExpiresAt = j.leaseExpiresAt();
        x.runs = j.runs();
        x.lastRun = JobRunXml.of(j.lastRun());
        return x;
    }
}
