package org.entente.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;

/**
 * Jetty's own error responses, for requests it refuses before the application sees them (a
 * malformed request line or header, an ambiguous path), with the security headers every page
 * of the application carries: an error page is a page too.
 */
final class SecureErrorHandler extends ErrorHandler {
    private final Map<String, String> headers;

    SecureErrorHandler(Map<String, String> headers) {
        this.headers = Map.copyOf(headers);
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        headers.forEach(response::setHeader);
        super.handle(target, baseRequest, request, response);
    }

    /** Requests too broken to be parsed into a request at all: no response object, only header fields. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        headers.forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }
}
