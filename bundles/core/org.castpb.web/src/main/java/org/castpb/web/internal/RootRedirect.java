package org.castpb.web.internal;

import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** {@code /} leads to the console; any other path nobody else serves stays 404. */
final class RootRedirect extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityHeaders.add(response);
        if ("/".equals(request.getRequestURI())) {
            response.sendRedirect(ConsoleServlet.ALIAS + "/");
        } else {
            response.sendError(404);
        }
    }
}
