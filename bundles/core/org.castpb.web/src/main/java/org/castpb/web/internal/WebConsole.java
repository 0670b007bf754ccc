package org.castpb.web.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import javax.servlet.ServletException;
import org.castpb.api.account.AccessLog;
import org.castpb.api.web.WebSession;
import org.castpb.api.web.WebSessions;
import org.castpb.security.LoginGuard;
import org.osgi.framework.BundleContext;
import javax.sql.DataSource;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.condition.Condition;
import org.osgi.service.http.HttpService;
import org.osgi.service.http.NamespaceException;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the console at {@code /console/} (and {@code /} leading there) on the HTTP service the REST door's
 * CXF servlet uses, and offers its sessions to the REST door as {@link WebSessions}.
 */
@Component(service = WebSessions.class, immediate = true)
@Designate(ocd = WebConfig.class)
public class WebConsole implements WebSessions {

    private static final Logger LOG = LoggerFactory.getLogger(WebConsole.class);

    private final HttpService http;
    private final SessionStore sessions;

    @Activate
    public WebConsole(@Reference HttpService http, @Reference LoginGuard guard, @Reference AccessLog accessLog,
                      @Reference(target = "(osgi.jndi.service.name=castpb)") DataSource dataSource,
                      @Reference(target = "(osgi.condition.id=castpb.schema.web)") Condition schemaIsReady,
                      BundleContext context, WebConfig config)
            throws ServletException, NamespaceException {
        this.http = http;
        this.sessions = new SessionStore(dataSource, Clock.systemUTC(), Duration.ofMinutes(config.idleTimeoutMinutes()),
                config.maxSessionsPerUser());
        http.registerServlet(ConsoleServlet.ALIAS, new ConsoleServlet(sessions, guard, accessLog, context.getBundle()::getEntry), null, null);
        try {
            http.registerServlet("/", new RootRedirect(), null, null);
        } catch (NamespaceException e) {
            LOG.warn("castpb web console: '/' is taken by another servlet, so it does not lead to {}/", ConsoleServlet.ALIAS);
        }
        LOG.info("castpb web console published at {}/", ConsoleServlet.ALIAS);
    }

    @Override
    public Optional<WebSession> resolve(String sessionId) {
        return sessions.resolve(sessionId);
    }

    @Deactivate
    public void deactivate() {
        for (String alias : new String[] {ConsoleServlet.ALIAS, "/"}) {
            try {
                http.unregister(alias);
            } catch (IllegalArgumentException e) {
                // not registered ('/' was taken)
            }
        }
    }
}
