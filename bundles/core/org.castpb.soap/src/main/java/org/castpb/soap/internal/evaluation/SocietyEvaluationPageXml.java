package org.castpb.soap.internal.evaluation;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.Page;
import org.castpb.api.evaluation.SocietyEvaluation;

/** One page of a campaign's results by society id, without module results, and how many match in all. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "societyEvaluationPage", propOrder = {"items", "total", "offset", "limit"})
public class SocietyEvaluationPageXml {
    @XmlElement(name = "item")
    public List<SocietyEvaluationXml> items = new ArrayList<>();
    public long total;
    public int offset;
    public int limit;

    static SocietyEvaluationPageXml of(Page<SocietyEvaluation> page) {
        SocietyEvaluationPageXml x = new SocietyEvaluationPageXml();
        page.items().forEach(e -> x.items.add(SocietyEvaluationXml.of(e)));
        x.total = page.total();
        x.offset = page.offset();
        x.limit = page.limit();
        return x;
    }
}
