package org.castpb.soap.internal.members;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.members.Member;

/** One page of the registry, masked. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "memberPage", propOrder = {"items", "total", "offset", "limit"})
public class MemberPageXml {
    @XmlElement(name = "member")
    public List<MemberXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static MemberPageXml of(Page<Member> page) {
        MemberPageXml x = new MemberPageXml();
        x.items = new ArrayList<>(MemberXml.of(page.items()));
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
