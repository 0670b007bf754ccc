package org.castpb.soap.internal.federation;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;
import org.castpb.soap.internal.FaultInfo;

/** The detail of every federation-port fault: the same elements as the society port's, in this port's namespace. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "castpbFaultInfo", propOrder = {"code", "message", "errors"})
public class FederationFaultInfo {
    public String code;
    public String message;
    @XmlElement(name = "error")
    public List<FieldErrorXml> errors = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "fieldError", propOrder = {"field", "code", "message"})
    public static class FieldErrorXml {
        public String field;
        public String code;
        public String message;
    }

    static FederationFaultInfo of(FaultInfo info) {
        FederationFaultInfo x = new FederationFaultInfo();
        x.code = info.code;
        x.message = info.message;
        info.errors.forEach(e -> {
            FieldErrorXml f = new FieldErrorXml();
            f.field = e.field;
            f.code = e.code;
            f.message = e.message;
            x.errors.add(f);
        });
        return x;
    }
}
