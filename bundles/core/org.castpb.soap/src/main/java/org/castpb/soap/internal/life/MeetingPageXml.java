package org.castpb.soap.internal.life;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.life.Meeting;

/** One page of meetings. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "meetingPage", propOrder = {"items", "total", "offset", "limit"})
public class MeetingPageXml {
    @XmlElement(name = "meeting")
    public List<MeetingXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static MeetingPageXml of(Page<Meeting> page) {
        MeetingPageXml x = new MeetingPageXml();
        x.items = new ArrayList<>(page.items().stream().map(MeetingXml::of).toList());
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
