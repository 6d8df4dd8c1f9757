package org.factdesk.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.factdesk.common.HasUserMessage;
import org.factdesk.common.UserMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import java.util.Map;

/**
 * The API's refusals as {@code {"error": "…"}} in the caller's language: the services' own reasons (an
 * import refused, a field invalid) as 400, a role the service refuses as 403, no such article as 404.
 */
@RestControllerAdvice(assignableTypes = ArticleApiController.class)
class ApiExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, String>> forbidden(HttpServletRequest request) {
        return error(HttpStatus.FORBIDDEN, UserMessage.of("api.error.forbidden"), request);
    }

    @ExceptionHandler(ArticleApiController.NotFoundException.class)
    ResponseEntity<Map<String, String>> notFound(HttpServletRequest request) {
        return error(HttpStatus.NOT_FOUND, UserMessage.of("api.error.notFound"), request);
    }

    @ExceptionHandler(ArticleApiController.UnsupportedBodyException.class)
    ResponseEntity<Map<String, String>> unsupportedBody(HttpServletRequest request) {
        return error(HttpStatus.UNSUPPORTED_MEDIA_TYPE, UserMessage.of("api.error.unsupportedBody"), request);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, UserMessage.of("api.error.badJson"), request);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, String>> tooLarge(HttpServletRequest request) {
        return error(HttpStatus.CONTENT_TOO_LARGE, UserMessage.of("api.error.uploadTooLarge"), request);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, String>> badMultipart(HttpServletRequest request) {
        return error(HttpStatus.BAD_REQUEST, UserMessage.of("api.error.badMultipart"), request);
    }

    /** What the services refuse with a reason for people (ImportRefusedException and the like). */
    @ExceptionHandler(RuntimeException.class)
    ResponseEntity<Map<String, String>> refused(RuntimeException refused, HttpServletRequest request) {
        if (refused instanceof HasUserMessage message) {
            return error(HttpStatus.BAD_REQUEST, message.userMessage(), request);
        }
        throw refused;
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, UserMessage message,
                                                             HttpServletRequest request) {
        log.debug("API refusal {}: {}", status.value(), message.english());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON)
                .body(ApiErrors.body(message, ApiErrors.locale(request)));
    }
}
