package org.entente.server;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Answers 401 to a request whose {@code Authorization: Basic} header is not Base64 of
 * {@code user:password}; Jetty's Basic authenticator would fail on it with 500. Runs in front of
 * every other handler, so no servlet or filter sees such a request.
 */
final class MalformedCredentialsHandler extends Handler.Wrapper {

    private static final String BASIC = "basic ";

    MalformedCredentialsHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization != null && !wellFormed(authorization)) {
            response.setStatus(HttpStatus.UNAUTHORIZED_401);
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"Entente\"");
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/plain; charset=utf-8");
            Content.Sink.write(response, true, "The Authorization header is not Basic credentials (Base64 of user:password).\n", callback);
            return true;
        }
        return super.handle(request, response, callback);
    }

    /** Whether a Basic header holds Base64 of {@code user:password}; any other scheme is not ours to judge. */
    static boolean wellFormed(String authorization) {
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return true;
        }
        try {
            byte[] decoded = Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim());
            return new String(decoded, StandardCharsets.UTF_8).indexOf(':') >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
