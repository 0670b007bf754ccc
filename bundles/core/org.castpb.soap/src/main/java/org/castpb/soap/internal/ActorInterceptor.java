package org.castpb.soap.internal;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import javax.servlet.ServletRequest;
import javax.xml.namespace.QName;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.apache.cxf.security.SecurityContext;
import org.apache.cxf.transport.http.AbstractHTTPDestination;
import org.castpb.api.Actor;
import org.castpb.api.CastpbException;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccessRefusal;
import org.castpb.api.account.ActorResolver;

/**
 * After HTTP Basic authenticated a SOAP request, turns the user into castpb's {@link Actor} through its account
 * and keeps it on the message for {@link SoapActors}. A refusal of the user itself (a disabled account, no castpb
 * role) is kept instead and raised by the operation, so it answers the operation's fault with its code.
 */
public class ActorInterceptor extends AbstractPhaseInterceptor<Message> {

    private final ActorResolver resolver;
    private final AccessLog accessLog;

    ActorInterceptor(ActorResolver resolver, AccessLog accessLog) {
        super(Phase.PRE_INVOKE);
        this.resolver = resolver;
        this.accessLog = accessLog;
    }

    @Override
    public void handleMessage(Message message) {
        SecurityContext security = message.get(SecurityContext.class);
        if (security == null || security.getUserPrincipal() == null) {
            return;
        }
        Set<String> realmRoles = Actor.ROLES.stream().filter(security::isUserInRole).collect(Collectors.toSet());
        try {
            message.put(Actor.class, resolver.actor(security.getUserPrincipal().getName(), realmRoles));
        } catch (CastpbException e) {
            message.put(SoapActors.REFUSAL, e);
        }
    }

    /** Writes every refused operation (403 and 401 codes) to the access log, as the REST door does. */
    static final class RefusalLogger extends AbstractPhaseInterceptor<Message> {
        static final Set<String> REFUSALS = Set.of("UNAUTHORIZED", "ACCOUNT_DISABLED", "FORBIDDEN", "OUT_OF_SCOPE",
                "GRANT_EXCEEDS_OWN", "SELF_DISABLE");
        private final AccessLog accessLog;

        RefusalLogger(AccessLog accessLog) {
            super(Phase.PRE_LOGICAL);
            this.accessLog = accessLog;
        }

        @Override
        public void handleMessage(Message message) {
            if (!(message.getContent(Exception.class) instanceof Fault fault) || !(fault.getCause() instanceof CodedFault coded)
                    || !REFUSALS.contains(coded.faultCode())) {
                return;
            }
            Message in = message.getExchange().getInMessage();
            SecurityContext security = in == null ? null : in.get(SecurityContext.class);
            QName operation = in == null ? null : (QName) in.get(Message.WSDL_OPERATION);
            Object request = in == null ? null : in.get(AbstractHTTPDestination.HTTP_REQUEST);
            accessLog.refused(new AccessRefusal(Instant.now(),
                    security == null || security.getUserPrincipal() == null ? null : security.getUserPrincipal().getName(),
                    "SOAP", (String) (in == null ? null : in.get(Message.PATH_INFO)) + " " + (operation == null ? "" : operation.getLocalPart()),
                    request instanceof ServletRequest servlet ? servlet.getRemoteAddr() : null, coded.faultCode()));
        }
    }
}
