package org.qianliyan.portal.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;

/** The staff API answers an anonymous caller with a JSON 401, not a login page. */
class JsonAuthenticationEntryPoint implements AuthenticationEntryPoint {

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader("WWW-Authenticate", "Basic realm=\"qianliyan\"");
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write("{\"error\":\"login required\",\"detail\":\"the staff API needs a staff account\"}");
    }
}
