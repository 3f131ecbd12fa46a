package org.entente.server;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * A cap on request bodies, checked before anything is read: a body larger than the cap gets 413,
 * and a body sent without a {@code Content-Length} (chunked) gets 411, since its size cannot be
 * known before reading it. Every HTTP client Entente works with declares the length of what it sends.
 */
final class RequestSizeFilter implements Filter {

    private final long maxBytes;

    RequestSizeFilter(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        long length = request.getContentLengthLong();
        if (length > maxBytes) {
            ModelResponse.sendError(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                    "The request body has " + length + " bytes; this server accepts at most " + maxBytes + ".");
            return;
        }
        if (length < 0 && request.getHeader("Transfer-Encoding") != null) {
            ModelResponse.sendError(response, HttpServletResponse.SC_LENGTH_REQUIRED,
                    "Send the request body with a Content-Length (at most " + maxBytes + " bytes).");
            return;
        }
        chain.doFilter(req, res);
    }
}
