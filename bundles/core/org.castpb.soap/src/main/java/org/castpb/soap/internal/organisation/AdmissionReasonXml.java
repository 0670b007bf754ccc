package org.castpb.soap.internal.organisation;

import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlType;
import org.castpb.api.coverage.AdmissionReason;

/** One finding of an admission check: its stable code, whether it is met, and a sentence for people. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "admissionReason", propOrder = {"code", "met", "message"})
public class AdmissionReasonXml {
    public String code;
    public boolean met;
    public String message;

    static AdmissionReasonXml of(AdmissionReason r) {
        AdmissionReasonXml x = new AdmissionReasonXml();
        x.code = r.code();
        x.met = r.met();
        x.message = r.message();
        return x;
    }

    AdmissionReason toReason() {
        return new AdmissionReason(code, met, message);
    }
}
