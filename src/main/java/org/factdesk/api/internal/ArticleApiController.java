package org.factdesk.api.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.factdesk.article.ArticleId;
import org.factdesk.article.ArticleMetadata;
import org.factdesk.article.ArticleService;
import org.factdesk.article.ArticleText;
import org.factdesk.assignment.ArticleListEntry;
import org.factdesk.assignment.ArticleListService;
import org.factdesk.assignment.ArticleState;
import org.factdesk.assignment.UpdatedArticle;
import org.factdesk.common.InvalidInputException;
import org.factdesk.importing.ImportOptions;
import org.factdesk.importing.ImportResult;
import org.factdesk.importing.ImportService;
import org.factdesk.report.ReportService;
import org.factdesk.report.ReportWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The API for the CMS and other tools (ADR 0039), described in {@code api/openapi.yaml}. It goes through the
 * same services as the views, whose own role checks apply: importing needs a lead's or an administrator's
 * token. Errors answer {@code {"error": "…"}} ({@link ApiExceptionHandler}).
 */
@RestController
@RequestMapping("/api/v1")
@ConditionalOnWebApplication
class ArticleApiController {

    static final int DEFAULT_LIMIT = 100;
    private static final String HTML_FILE = "article.html";

    private final ImportService imports;
    private final ArticleService articles;
    private final ArticleListService list;
    private final ReportService reports;

    ArticleApiController(ImportService imports, ArticleService articles, ArticleListService list,
                         ReportService reports) {
        this.imports = imports;
        this.articles = articles;
        this.list = list;
        this.reports = reports;
    }

    /** An article as JSON: its text (one paragraph, heading or list item per line) or its HTML, and metadata. */
    record ArticleRequest(String title, String text, String html, String sourceUrl, String outlet, String author,
                          String publishedOn) {
    }

    /** What became of an import: {@code outcome} is {@code imported} (201) or {@code alreadyThere} (200). */
    record ImportAnswer(long id, String url, String title, String outcome) {
    }

    record ArticleItem(long id, String title, String url, String state, String outlet, LocalDate publishedOn,
                       Instant importedAt, Instant updatedAt, int sentenceCount, String assignee) {
    }

    record ArticleList(List<ArticleItem> articles) {
    }

    @PostMapping(path = "/articles", consumes = MediaType.APPLICATION_JSON_VALUE)
    @ApiStatuses({201, 200, 400, 401, 403, 413, 429})
    ResponseEntity<ImportAnswer> importJson(@RequestBody ArticleRequest article, HttpServletRequest request) {
        boolean hasText = article.text() != null && !article.text().isBlank();
        boolean hasHtml = article.html() != null && !article.html().isBlank();
        if (hasText == hasHtml) {
            throw new InvalidInputException(hasText ? "api.error.textOrHtml" : "api.error.textRequired");
        }
        ImportOptions options = new ImportOptions(metadata(article.title(), article.sourceUrl(), article.outlet(),
                article.author(), article.publishedOn()), null, via(request));
        ImportResult result = hasText
                ? imports.importText(article.text(), options)
                : imports.importFiles(HTML_FILE, MediaType.TEXT_HTML_VALUE,
                article.html().getBytes(StandardCharsets.UTF_8), options).getFirst();
        return answer(result, request);
    }

    /** One file of any format the import reads ({@code file}), with optional metadata fields beside it. */
    @PostMapping(path = "/articles", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiStatuses({201, 200, 400, 401, 403, 413, 429})
    ResponseEntity<ImportAnswer> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
                                            @RequestParam(required = false) String title,
                                            @RequestParam(required = false) String sourceUrl,
                                            @RequestParam(required = false) String outlet,
                                            @RequestParam(required = false) String author,
                                            @RequestParam(required = false) String publishedOn,
                                            HttpServletRequest request) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("api.error.fileRequired");
        }
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        if (name.toLowerCase(Locale.ROOT).endsWith(".zip")) {
            throw new InvalidInputException("api.error.oneFile");
        }
        ImportOptions options = new ImportOptions(metadata(title, sourceUrl, outlet, author, publishedOn), null,
                via(request));
        imports.checkDeclaredSize(name, file.getSize(), file.getSize());
        try (InputStream content = file.getInputStream()) {
            return answer(imports.importFiles(name, file.getContentType(), content, options).getFirst(), request);
        }
    }

    /** Any other body type: say which ones the import takes, as JSON like every other error. */
    @PostMapping(path = "/articles")
    @ApiStatuses({415, 401, 429})
    ResponseEntity<Object> unsupportedBody(HttpServletRequest request) {
        throw new UnsupportedBodyException();
    }

    @GetMapping(path = "/articles", produces = MediaType.APPLICATION_JSON_VALUE)
    @ApiStatuses({200, 400, 401, 429})
    ArticleList listArticles(@RequestParam(required = false) String state,
                             @RequestParam(required = false) String updatedSince,
                             @RequestParam(required = false) String limit,
                             HttpServletRequest request) {
        ArticleState wanted = state == null || state.isBlank() ? null : parseState(state);
        Instant since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            try {
                since = Instant.parse(updatedSince.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("api.error.updatedSince", updatedSince.strip());
            }
        }
        int max = DEFAULT_LIMIT;
        if (limit != null && !limit.isBlank()) {
            try {
                max = Integer.parseInt(limit.strip());
            } catch (NumberFormatException e) {
                max = -1;
            }
            if (max < 1 || max > ArticleListService.MAX_PAGE) {
                throw new InvalidInputException("api.error.limit", ArticleListService.MAX_PAGE);
            }
        }
        return new ArticleList(list.updated(wanted, since, max).stream().map(updated -> item(updated, request))
                .toList());
    }

    @GetMapping("/articles/{id}/report")
    @ApiStatuses({200, 400, 401, 404, 429})
    void report(@PathVariable String id, @RequestParam(required = false) String format,
                HttpServletRequest request, HttpServletResponse response) throws IOException {
        String formatId = format == null || format.isBlank() ? "json" : format.strip();
        ReportWriter writer = reports.format(formatId).orElseThrow(() -> new InvalidInputException(
                "api.error.format", formatId, String.join(", ", reports.formats().stream().map(ReportWriter::id)
                        .toList())));
        ArticleId articleId = articleId(id);
        ArticleText article = articles.findText(articleId).orElseThrow(NotFoundException::new);
        response.setStatus(HttpStatus.OK.value());
        response.setContentType(writer.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(reports.fileName(articleId, article.title(), writer), StandardCharsets.UTF_8).build()
                .toString());
        reports.writeArticle(articleId, writer, ApiErrors.locale(request), response.getOutputStream());
    }

    /** The OpenAPI 3 description of this API; needs no token. */
    @GetMapping(path = "/openapi.yaml", produces = "application/yaml")
    @ApiStatuses({200})
    ResponseEntity<Resource> openApi() {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/yaml"))
                .body(new ClassPathResource("api/openapi.yaml"));
    }

    private ResponseEntity<ImportAnswer> answer(ImportResult result, HttpServletRequest request) {
        if (result.isRefused()) {
            throw new InvalidInputException(result.refusal());
        }
        URI reader = readerUrl(request, result.articleId());
        if (result.outcome() == ImportResult.Outcome.IMPORTED) {
            return ResponseEntity.created(reader).body(new ImportAnswer(result.articleId().value(), reader.toString(),
                    result.title(), "imported"));
        }
        return ResponseEntity.ok(new ImportAnswer(result.articleId().value(), reader.toString(), result.title(),
                "alreadyThere"));
    }

    /** What the article names as its source: the API and the token's name, so editors see which integration sent it. */
    private static String via(HttpServletRequest request) {
        Object caller = request.getAttribute(ApiAuthenticationFilter.CALLER);
        return caller instanceof ApiCaller c ? "API · " + c.tokenName() : "API";
    }

    private static ArticleMetadata metadata(String title, String sourceUrl, String outlet, String author,
                                            String publishedOn) {
        LocalDate published = null;
        if (publishedOn != null && !publishedOn.isBlank()) {
            try {
                published = LocalDate.parse(publishedOn.strip());
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("api.error.publishedOn", publishedOn.strip());
            }
        }
        return new ArticleMetadata(title, sourceUrl, outlet, author, published);
    }

    private static ArticleState parseState(String state) {
        String wanted = state.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        return Arrays.stream(ArticleState.values()).filter(s -> s.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new InvalidInputException("api.error.state", state.strip(),
                        String.join(", ", Arrays.stream(ArticleState.values()).map(Enum::name).toList())));
    }

    private static ArticleId articleId(String id) {
        try {
            long value = Long.parseLong(id);
            if (value > 0) {
                return new ArticleId(value);
            }
        } catch (NumberFormatException e) {
            // an id that is no number names no article
        }
        throw new NotFoundException();
    }

    private ArticleItem item(UpdatedArticle updated, HttpServletRequest request) {
        ArticleListEntry entry = updated.article();
        return new ArticleItem(entry.id().value(), entry.title(), readerUrl(request, entry.id()).toString(),
                entry.state().name(), entry.outlet(), entry.publishedOn(), entry.importedAt(), updated.updatedAt(),
                entry.sentenceCount(), Optional.ofNullable(entry.assignee()).map(a -> a.username()).orElse(null));
    }

    private static URI readerUrl(HttpServletRequest request, ArticleId id) {
        return ServletUriComponentsBuilder.fromContextPath(request).path("/article/{id}").buildAndExpand(id.value())
                .toUri();
    }

    /** No article of that id. */
    static final class NotFoundException extends RuntimeException {
        NotFoundException() {
            super("No such article");
        }
    }

    /** A body the import does not take. */
    static final class UnsupportedBodyException extends RuntimeException {
        UnsupportedBodyException() {
            super("Unsupported body");
        }
    }
}
