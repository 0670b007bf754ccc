package org.castpb.soap.internal.federation;

import java.time.Instant;
import java.time.LocalDate;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlSchemaType;
import javax.xml.bind.annotation.XmlType;
import javax.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import org.castpb.api.federation.OutboxEntry;
import org.castpb.api.federation.OutboxState;
import org.castpb.soap.internal.InstantAdapter;
import org.castpb.soap.internal.LocalDateAdapter;

/** An upward report in this instance's outbox and how its sending went. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "outboxEntry", propOrder = {"reportId", "asOf", "state", "attempts", "createdAt", "lastAttemptAt", "nextAttemptAt",
        "settledAt", "lastError"})
public class OutboxEntryXml {
    public String reportId;
    @XmlJavaTypeAdapter(LocalDateAdapter.class)
    @XmlSchemaType(name = "date")
    public LocalDate asOf;
    public OutboxState state;
    public int attempts;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant createdAt;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant lastAttemptAt;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant nextAttemptAt;
    @XmlJavaTypeAdapter(InstantAdapter.class)
    @XmlSchemaType(name = "dateTime")
    public Instant settledAt;
    public String lastError;

    static OutboxEntryXml of(OutboxEntry e) {
        OutboxEntryXml x = new OutboxEntryXml();
        x.reportId = e.reportId();
        x.asOf = e.asOf();
        x.state = e.state();
        x.attempts = e.attempts();
        x.createdAt = e.createdAt();
        x.lastAttemptAt = e.lastAttemptAt();
        x.nextAttemptAt = e.nextAttemptAt();
        x.settledAt = e.settledAt();
        x.lastError = e.lastError();
        return x;
    }
}
