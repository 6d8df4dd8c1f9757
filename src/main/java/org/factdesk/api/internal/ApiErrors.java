package org.factdesk.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.factdesk.common.UserMessage;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The API's error body, {@code {"error": "…"}}, in the language of the request's Accept-Language (German or
 * English, English when it names neither), written by the filters and the controller alike.
 */
public final class ApiErrors {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<Locale> SPOKEN = List.of(Locale.ENGLISH, Locale.GERMAN);

    private ApiErrors() {
    }

    /** German or English, as the caller's Accept-Language prefers; English without one or for anything else. */
    public static Locale locale(HttpServletRequest request) {
        String accepted = request.getHeader("Accept-Language");
        if (accepted == null || accepted.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale found = Locale.lookup(Locale.LanguageRange.parse(accepted), SPOKEN);
            return found == null ? Locale.ENGLISH : found;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }

    public static Map<String, String> body(UserMessage message, Locale locale) {
        return Map.of("error", message.in(locale));
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, int status, UserMessage message)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(body(message, locale(request))));
    }
}
