package org.castpb.soap.internal;

import javax.xml.bind.UnmarshalException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.castpb.api.ValidationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A request whose values cannot be read (a date like {@code 2016-13-01}, text where a number belongs) is refused
 * like any other bad input: a {@code soap:Client} fault coded VALIDATION_FAILED with a sentence for people. CXF's own
 * fault would name the Java exception the reader threw and carry no code.
 */
public class UnreadableRequestInterceptor extends AbstractPhaseInterceptor<Message> {

    private final String faultNamespace;

    /** With the fault's detail in {@code faultNamespace}, the namespace of the port whose requests it reads. */
    UnreadableRequestInterceptor(String faultNamespace) {
        super(Phase.PRE_LOGICAL);
        this.faultNamespace = faultNamespace;
    }

    @Override
    public void handleMessage(Message message) {
        if (message.getContent(Exception.class) instanceof Fault fault && isUnreadableInput(fault)) {
            String text = describe(fault);
            fault.setMessage(ValidationException.CODE + ": " + text);
            fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            Element detail = fault.getOrCreateDetail();
            while (detail.getFirstChild() != null) {
                detail.removeChild(detail.getFirstChild());
            }
            Document doc = detail.getOwnerDocument();
            Element castpb = doc.createElementNS(faultNamespace, "castpbFault");
            castpb.appendChild(child(doc, "code", ValidationException.CODE));
            castpb.appendChild(child(doc, "message", text));
            detail.appendChild(castpb);
        }
    }

    static boolean isUnreadableInput(Fault fault) {
        return !(fault.getCause() instanceof CodedFault)
                && (fault.getCause() instanceof UnmarshalException
                || fault.getMessage() != null && fault.getMessage().startsWith("Unmarshalling Error"));
    }

    /** What was wrong, in the words of castpb's own readers; a Java message is never passed on. */
    static String describe(Fault fault) {
        Throwable root = fault;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof UnreadableValueException) {
            return root.getMessage();
        }
        return "the request could not be read: a value does not have the type the service's WSDL gives it";
    }

    private Element child(Document doc, String name, String text) {
        Element e = doc.createElementNS(faultNamespace, name);
        e.setTextContent(text);
        return e;
    }
}
