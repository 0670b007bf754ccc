package org.castpb.soap.internal;

import java.util.ArrayList;
import java.util.List;
import javax.xml.bind.annotation.XmlAccessType;
import javax.xml.bind.annotation.XmlAccessorType;
import javax.xml.bind.annotation.XmlElement;
import javax.xml.bind.annotation.XmlType;

/** The detail of every castpb SOAP fault: the same stable code REST puts in its problem document. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "castpbFaultInfo", propOrder = {"code", "message", "errors"})
public class FaultInfo {
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
}
