package org.castpb.soap.internal.evaluation;

import java.math.BigDecimal;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.evaluation.Award;
import org.castpb.api.evaluation.FundingChannel;
import org.castpb.soap.internal.Faults;

/** One award of an allocation: the society, the channel, the amount in yuan and how it follows from the result. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "award", propOrder = {"societyId", "channel", "amount", "explanation"})
public class AwardXml {
    public long societyId;
    public FundingChannel channel;
    public BigDecimal amount;
    public String explanation;

    /** {@code award} as the caller reads it: its explanation in its language where the scheme gave it. */
    static AwardXml of(Award award) {
        Award a = award.in(Faults.readerLanguage());
        AwardXml x = new AwardXml();
        x.societyId = a.societyId();
        x.channel = a.channel();
        x.amount = a.amount();
        x.explanation = a.explanation();
        return x;
    }

    Award toAward() {
        return new Award(societyId, channel, amount, explanation);
    }
}
