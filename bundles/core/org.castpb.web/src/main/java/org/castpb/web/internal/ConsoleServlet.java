package org.castpb.web.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.security.auth.Subject;
import javax.servlet.http.Cookie;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.castpb.api.account.AccessLog;
import org.castpb.api.account.AccessRefusal;
import org.castpb.api.web.WebSession;
import org.castpb.api.web.WebSessions;
import org.castpb.security.LoginGuard;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console at {@value #ALIAS}: its static pages, labels as JSON, and the sign-in form's target. Signing in
 * checks the password against the realm behind the same {@link LoginGuard} as HTTP Basic, then sets the session
 * cookie; the pages read their CSRF token from {@code session} and send it with every change. A refused sign-in or
 * sign-out is written to the access log (door {@value #DOOR}) like the other doors' refusals.
 */
final class ConsoleServlet extends HttpServlet {

    static final String ALIAS = "/console";
    static final String LOGIN_PAGE = ALIAS + "/login.html";
    static final String DOOR = "WEB";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleServlet.class);
    private static final long serialVersionUID = 1L;
    private static final Pattern SAFE_PATH = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");
    /** Where the pages may return after signing in: a route of the console, nothing else. */
    private static final Pattern ROUTE = Pattern.compile("#/[A-Za-z0-9/_=&.-]{0,200}");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=UTF-8", "js", "text/javascript; charset=UTF-8", "css", "text/css; charset=UTF-8",
            "json", "application/json; charset=UTF-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    private final transient SessionStore sessions;
    private final transient LoginGuard guard;
    private final transient AccessLog accessLog;
    private final transient Function<String, URL> resources;

    ConsoleServlet(SessionStore sessions, LoginGuard guard, AccessLog accessLog, Function<String, URL> resources) {
        this.sessions = sessions;
        this.guard = guard;
        this.accessLog = accessLog;
        this.resources = resources;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.add(response);
        String path = request.getPathInfo();
        if (path == null || path.isEmpty()) {
            response.sendRedirect(ALIAS + "/");
        } else if (path.equals("/")) {
            file("/index.html", response);
        } else if (path.equals("/session")) {
            session(request, response);
        } else if (path.startsWith("/i18n/") && path.endsWith(".json")) {
            String language = path.substring("/i18n/".length(), path.length() - ".json".length());
            if (!Messages.LANGUAGES.contains(language)) {
                response.sendError(404);
                return;
            }
            send(response, 200, TYPES.get("json"), Messages.json(language, resources));
        } else {
            file(path, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.add(response);
        String path = request.getPathInfo();
        if ("/login".equals(path)) {
            login(request, response);
        } else if ("/logout".equals(path)) {
            logout(request, response);
        } else {
            response.sendError(404);
        }
    }

    /** Who is signed in, with the CSRF token; 401 SESSION_EXPIRED when no session is live. */
    private void session(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<WebSession> session = sessions.resolve(sessionId(request));
        if (session.isEmpty()) {
            send(response, 401, TYPES.get("json"), Json.object(Map.of("code", "SESSION_EXPIRED")));
            return;
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("user", session.get().user());
        answer.put("roles", new TreeSet<>(session.get().realmRoles()));
        answer.put("csrfToken", session.get().csrfToken());
        answer.put("idleTimeoutSeconds", sessions.idleTimeout().toSeconds());
        send(response, 200, TYPES.get("json"), Json.object(answer));
    }

    private void login(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String route = request.getParameter("next");
        String next = route != null && ROUTE.matcher(route).matches() ? route : "";
        if (!sameOrigin(request)) {
            refused(request, null, "CROSS_SITE_SIGN_IN");
            response.sendError(403, "sign-in from another site");
            return;
        }
        String user = request.getParameter("user");
        String password = request.getParameter("password");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            refuse(response, "MISSING_CREDENTIALS", next, null);
            return;
        }
        user = user.strip();
        String address = request.getRemoteAddr();
        Duration wait = guard.waitBefore(user, address);
        if (!wait.isZero()) {
            refused(request, user, "LOGIN_THROTTLED");
            refuse(response, "LOGIN_THROTTLED", next, Math.max(1, (wait.toMillis() + 999) / 1000));
            return;
        }
        Optional<Subject> subject = RealmLogin.login(user, password);
        if (subject.isEmpty()) {
            guard.failed(user, address);
            refused(request, user, "UNAUTHORIZED");
            refuse(response, "BAD_CREDENTIALS", next, null);
            return;
        }
        guard.succeeded(user, password, address, subject.get());
        sessions.close(sessionId(request));
        String id = sessions.open(user, RealmLogin.roles(subject.get()));
        LOG.info("{} signed in to the web console from {}", user, address);
        response.addHeader("Set-Cookie", WebSessions.COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : ""));
        response.setStatus(303);
        response.setHeader("Location", ALIAS + "/" + next);
    }

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = sessionId(request);
        Optional<WebSession> session = sessions.resolve(id);
        if (session.isPresent() && !session.get().acceptsCsrfToken(request.getHeader(WebSessions.CSRF_HEADER))) {
            refused(request, session.get().user(), "CSRF_TOKEN_MISSING");
            send(response, 403, TYPES.get("json"), Json.object(Map.of("code", "CSRF_TOKEN_MISSING")));
            return;
        }
        sessions.close(id);
        response.addHeader("Set-Cookie", WebSessions.COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict"
                + (request.isSecure() ? "; Secure" : ""));
        response.setStatus(204);
    }

    private void refused(HttpServletRequest request, String user, String code) {
        accessLog.refused(new AccessRefusal(Instant.now(), user, DOOR, request.getMethod() + " " + request.getRequestURI(),
                request.getRemoteAddr(), code));
    }

    private static void refuse(HttpServletResponse response, String code, String next, Long waitSeconds) {
        response.setStatus(303);
        response.setHeader("Location", LOGIN_PAGE + "?error=" + code + (waitSeconds == null ? "" : "&wait=" + waitSeconds)
                + (next.isEmpty() ? "" : "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)));
    }

    /** A browser names the page a form was posted from; a sign-in posted from another site is refused. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.isEmpty()) {
            return true;
        }
        try {
            URI uri = URI.create(origin);
            String host = request.getHeader("Host");
            return host != null && host.equalsIgnoreCase(uri.getAuthority());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String sessionId(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies)
                .filter(c -> WebSessions.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    private void file(String path, HttpServletResponse response) throws IOException {
        int dot = path.lastIndexOf('.');
        String type = dot < 0 ? null : TYPES.get(path.substring(dot + 1));
        URL url = type != null && SAFE_PATH.matcher(path).matches() ? resources.apply(ALIAS + path) : null;
        if (url == null) {
            response.sendError(404);
            return;
        }
        response.setStatus(200);
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-cache");
        try (InputStream in = url.openStream(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    private static void send(HttpServletResponse response, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setStatus(status);
        response.setContentType(type);
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    static Set<String> types() {
        return TYPES.keySet();
    }
}
