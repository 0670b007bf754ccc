package org.castpb.soap.internal.federation;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.jobs.JobRun;
import org.castpb.api.jobs.JobState;

/** One page of scheduled jobs ({@code job}) or of one job's runs ({@code run}). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "jobPage", propOrder = {"jobs", "runs", "total", "offset", "limit"})
public class JobPageXml {
    @XmlElement(name = "job")
    public List<JobStateXml> jobs = new ArrayList<>();
    @XmlElement(name = "run")
    public List<JobRunXml> runs = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static JobPageXml ofJobs(Page<JobState> page) {
        JobPageXml x = of(page);
        x.jobs = new ArrayList<>(page.items().stream().map(JobStateXml::of).toList());
        return x;
    }

    static JobPageXml ofRuns(Page<JobRun> page) {
        JobPageXml x = of(page);
        x.runs = new ArrayList<>(page.items().stream().map(JobRunXml::of).toList());
        return x;
    }

    private static JobPageXml of(Page<?> page) {
        JobPageXml x = new JobPageXml();
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
