package org.factdesk.api;

import org.factdesk.security.AppRoles;
import org.factdesk.security.SignedInAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The API over real HTTP: tokens, import, list, export, refusals, rate limit, call log. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "factdesk.test.database=api")
@ExtendWith(OutputCaptureExtension.class)
class ArticleApiIT {

    @LocalServerPort
    int port;

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private ApiClient api() {
        return new ApiClient(port);
    }

    private String token(AppRoles role) {
        return SignedInAs.call(users, "admin", () -> tokens.create("test-" + UUID.randomUUID(), role,
                Instant.now().plus(Duration.ofDays(30)))).secret();
    }

    private static String articleJson(String marker) {
        return "{\"title\": \"API-Test " + marker + "\", \"text\": " + ApiClient.quoted(
                "Die Stadt Bremen hat 2025 genau 412 neue Wohnungen gebaut (" + marker + ").\n"
                        + "Das sagte der Bürgermeister am Montag.") + ", \"sourceUrl\": \"https://example.org/"
                + marker + "\", \"outlet\": \"Weser-Bote\", \"author\": \"Hanna Test\", \"publishedOn\": \"2026-03-31\"}";
    }

    @Test
    void json_import_answers_201_with_the_reader_address_and_200_when_the_text_is_already_there() {
        String lead = token(AppRoles.LEAD);
        String marker = UUID.randomUUID().toString();

        HttpResponse<String> created = api().postJson("/api/v1/articles", lead, articleJson(marker));

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = ApiClient.json(created);
        long id = body.get("id").asLong();
        assertThat(body.get("outcome").asString()).isEqualTo("imported");
        assertThat(body.get("title").asString()).isEqualTo("API-Test " + marker);
        assertThat(body.get("url").asString()).isEqualTo("http://localhost:" + port + "/article/" + id);
        assertThat(created.headers().firstValue("Location")).hasValue(body.get("url").asString());
        assertThat(created.headers().firstValue("Set-Cookie")).as("no session for the API").isEmpty();
        String outlet = jdbc.sql("select outlet from article where id = :id").param("id", id).query(String.class)
                .single();
        assertThat(outlet).isEqualTo("Weser-Bote");

        HttpResponse<String> again = api().postJson("/api/v1/articles", lead, articleJson(marker));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(again).get("id").asLong()).isEqualTo(id);
        assertThat(ApiClient.json(again).get("outcome").asString()).isEqualTo("alreadyThere");
    }

    @Test
    void an_imported_article_names_the_api_and_the_tokens_name_as_its_source() {
        String name = "CMS Hamburg " + UUID.randomUUID();
        String lead = SignedInAs.call(users, "admin", () -> tokens.create(name, AppRoles.LEAD,
                Instant.now().plus(Duration.ofDays(30)))).secret();

        long fromJson = ApiClient.json(api().postJson("/api/v1/articles", lead,
                articleJson(UUID.randomUUID().toString()))).get("id").asLong();
        byte[] file = ("Die Brücke ist ab Juni gesperrt " + UUID.randomUUID() + ".\nDas teilte die Stadt mit.")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> upload = api().postFile("/api/v1/articles", lead, "bruecke.txt", "text/plain", file);
        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        long fromFile = ApiClient.json(upload).get("id").asLong();

        // Where the reader, the reports and the search show an article's source (not "pasted text").
        assertThat(sourceName(fromJson)).isEqualTo("API · " + name);
        assertThat(sourceName(fromFile)).isEqualTo("API · " + name + " · bruecke.txt");
    }

    private String sourceName(long article) {
        return jdbc.sql("select source_name from article where id = :id").param("id", article).query(String.class)
                .single();
    }

    @Test
    void html_and_file_uploads_go_through_the_same_intake() {
        String admin = token(AppRoles.ADMIN);
        String marker = UUID.randomUUID().toString();
        String html = "<html><head><title>Seite</title></head><body><nav>Menü Start Kontakt</nav><article>"
                + "<h1>Hafen meldet Rekord " + marker + "</h1><p>Der Hafen schlug 2025 rund 9,1 Millionen Container um."
                + "</p><p>Das teilte die Hafengesellschaft mit.</p></article></body></html>";

        HttpResponse<String> fromHtml = api().postJson("/api/v1/articles", admin,
                "{\"html\": " + ApiClient.quoted(html) + "}");

        assertThat(fromHtml.statusCode()).as(fromHtml.body()).isEqualTo(201);
        long htmlId = ApiClient.json(fromHtml).get("id").asLong();
        String text = jdbc.sql("select source_text from article where id = :id").param("id", htmlId)
                .query(String.class).single();
        assertThat(text).contains("9,1 Millionen Container").doesNotContain("Kontakt");

        byte[] file = ("Die Fähre fährt ab Mai stündlich " + marker + ".\nDas kündigte die Reederei an.")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> upload = api().postFile("/api/v1/articles", admin, "faehre.txt", "text/plain", file,
                "title", "Fähre im Stundentakt", "outlet", "Inselblatt");

        assertThat(upload.statusCode()).as(upload.body()).isEqualTo(201);
        assertThat(ApiClient.json(upload).get("title").asString()).isEqualTo("Fähre im Stundentakt");
        assertThat(api().postFile("/api/v1/articles", admin, "faehre.txt", "text/plain", file).statusCode())
                .isEqualTo(200);
    }

    @Test
    void refused_imports_answer_400_with_the_reason_in_the_callers_language() {
        String lead = token(AppRoles.LEAD);

        HttpResponse<String> binary = api().postFile("/api/v1/articles", lead, "virus.exe",
                "application/octet-stream", new byte[]{0x4d, 0x5a, 0, 1, 2});
        assertThat(binary.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(binary).get("error").asString()).contains("virus.exe");

        HttpResponse<String> none = api().postJson("/api/v1/articles", lead, "{\"title\": \"Nur ein Titel\"}");
        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(none).get("error").asString()).isEqualTo("Give the article's \"text\" or its \"html\".");

        HttpResponse<String> german = api().postJson("/api/v1/articles", lead, "{\"text\": \"   \"}", "de-DE,de;q=0.9");
        assertThat(german.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(german).get("error").asString()).startsWith("Geben Sie");

        HttpResponse<String> badDate = api().postJson("/api/v1/articles", lead,
                "{\"text\": \"Ein Satz.\", \"publishedOn\": \"31.03.2026\"}");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(badDate).get("error").asString()).contains("31.03.2026");

        HttpResponse<String> badUrl = api().postJson("/api/v1/articles", lead,
                "{\"text\": \"Ein Satz " + UUID.randomUUID() + ".\", \"sourceUrl\": \"javascript:alert(1)\"}");
        assertThat(badUrl.statusCode()).as(badUrl.body()).isEqualTo(400);

        HttpResponse<String> notJson = api().postJson("/api/v1/articles", lead, "{\"text\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(ApiClient.json(notJson).get("error").asString()).contains("JSON");

        HttpResponse<String> plain = api().send(api().request("/api/v1/articles", lead)
                .header("Content-Type", "text/plain").POST(java.net.http.HttpRequest.BodyPublishers.ofString("x"))
                .build());
        assertThat(plain.statusCode()).isEqualTo(415);
    }

    @Test
    void calls_without_a_valid_token_get_401_and_the_wrong_role_403() {
        String json = articleJson(UUID.randomUUID().toString());
        for (String bad : new String[]{null, "fdk_0123456789abcdef_" + "A".repeat(43), "nonsense"}) {
            HttpResponse<String> refused = api().postJson("/api/v1/articles", bad, json);
            assertThat(refused.statusCode()).as(String.valueOf(bad)).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                    .startsWith("Bearer"));
            assertThat(ApiClient.json(refused).get("error").asString()).contains("API token");
        }
        String lead = token(AppRoles.LEAD);
        String wrongSecret = lead.substring(0, lead.length() - 4) + (lead.endsWith("AAAA") ? "BBBB" : "AAAA");
        assertThat(api().get("/api/v1/articles", wrongSecret).statusCode()).isEqualTo(401);

        String editor = token(AppRoles.EDITOR);
        HttpResponse<String> forbidden = api().postJson("/api/v1/articles", editor, json);
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(ApiClient.json(forbidden).get("error").asString()).contains("role");
        assertThat(api().get("/api/v1/articles", editor).statusCode()).as("editors may list").isEqualTo(200);
    }

    @Test
    void expired_and_revoked_tokens_get_401() {
        CreatedApiToken expiring = SignedInAs.call(users, "admin", () -> tokens.create("expiring-" + UUID.randomUUID(),
                AppRoles.LEAD, Instant.now().plus(Duration.ofDays(1))));
        assertThat(api().get("/api/v1/articles", expiring.secret()).statusCode()).isEqualTo(200);
        jdbc.sql("update api_token set expires_at = :past where id = :id")
                .param("past", Timestamp.from(Instant.now().minusSeconds(1))).param("id", expiring.token().id()).update();
        assertThat(api().get("/api/v1/articles", expiring.secret()).statusCode()).isEqualTo(401);

        CreatedApiToken revoked = SignedInAs.call(users, "admin", () -> tokens.create("revoked-" + UUID.randomUUID(),
                AppRoles.LEAD, Instant.now().plus(Duration.ofDays(1))));
        assertThat(api().get("/api/v1/articles", revoked.secret()).statusCode()).isEqualTo(200);
        SignedInAs.run(users, "admin", () -> tokens.revoke(revoked.token().id()));
        assertThat(api().get("/api/v1/articles", revoked.secret()).statusCode()).isEqualTo(401);

        ApiToken listed = SignedInAs.call(users, "admin", () -> tokens.list()).stream()
                .filter(t -> t.id() == revoked.token().id()).findFirst().orElseThrow();
        assertThat(listed.lastUsedAt()).as("last use recorded").isNotNull();
        assertThat(listed.revokedAt()).isNotNull();
    }

    @Test
    void the_list_filters_by_state_and_change_time_and_refuses_bad_parameters() {
        String lead = token(AppRoles.LEAD);
        Instant before = Instant.now().minusSeconds(1);
        HttpResponse<String> created = api().postJson("/api/v1/articles", lead, articleJson(UUID.randomUUID().toString()));
        long id = ApiClient.json(created).get("id").asLong();

        assertThat(ids(api().get("/api/v1/articles?updatedSince=" + before + "&limit=500", lead))).contains(id);
        assertThat(ids(api().get("/api/v1/articles?state=new&updatedSince=" + before, lead))).contains(id);
        assertThat(ids(api().get("/api/v1/articles?state=APPROVED&updatedSince=" + before, lead))).doesNotContain(id);
        assertThat(ids(api().get("/api/v1/articles?updatedSince=" + Instant.now().plusSeconds(3600), lead))).isEmpty();
        JsonNode first = ApiClient.json(api().get("/api/v1/articles?updatedSince=" + before, lead)).get("articles")
                .get(0);
        assertThat(first.get("state").asString()).isEqualTo("NEW");
        assertThat(first.get("url").asString()).endsWith("/article/" + first.get("id").asLong());

        // Asking again from the last updatedAt received skips nothing changed at that very instant.
        String updatedAt = ApiClient.json(api().get("/api/v1/articles?updatedSince=" + before + "&limit=500", lead))
                .get("articles").valueStream().filter(node -> node.get("id").asLong() == id).findFirst().orElseThrow()
                .get("updatedAt").asString();
        assertThat(ids(api().get("/api/v1/articles?updatedSince=" + updatedAt + "&limit=500", lead))).contains(id);
        assertThat(ids(api().get("/api/v1/articles?updatedSince=" + Instant.parse(updatedAt).plusNanos(1000)
                + "&limit=500", lead))).doesNotContain(id);

        for (String bad : List.of("state=DONE", "updatedSince=yesterday", "updatedSince=2026-03-31", "limit=0",
                "limit=501", "limit=ten")) {
            HttpResponse<String> refused = api().get("/api/v1/articles?" + bad, lead);
            assertThat(refused.statusCode()).as(bad).isEqualTo(400);
            assertThat(ApiClient.json(refused).get("error").asString()).as(bad).isNotBlank();
        }
    }

    @Test
    void each_export_format_comes_with_its_content_type() {
        String editor = token(AppRoles.EDITOR);
        String lead = token(AppRoles.LEAD);
        long id = ApiClient.json(api().postJson("/api/v1/articles", lead, articleJson(UUID.randomUUID().toString())))
                .get("id").asLong();
        String report = "/api/v1/articles/" + id + "/report";

        HttpResponse<byte[]> json = api().getBytes(report + "?format=json", editor);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/json"));
        assertThat(new String(json.body(), StandardCharsets.UTF_8)).contains("412 neue Wohnungen");
        assertThat(json.headers().firstValue("Content-Disposition")).hasValueSatisfying(v -> assertThat(v)
                .contains("attachment").contains("factdesk-" + id));

        HttpResponse<byte[]> csv = api().getBytes(report + "?format=csv", editor);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("text/csv"));
        HttpResponse<byte[]> claimReview = api().getBytes(report + "?format=claimreview", editor);
        assertThat(claimReview.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/ld+json"));
        HttpResponse<byte[]> pdf = api().getBytes(report + "?format=pdf", editor);
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(api().get(report + "?format=docx", editor).statusCode()).isEqualTo(400);
        assertThat(api().get("/api/v1/articles/999999999/report", editor).statusCode()).isEqualTo(404);
        assertThat(api().get("/api/v1/articles/abc/report", editor).statusCode()).isEqualTo(404);
    }

    @Test
    void a_token_over_its_rate_limit_gets_429_with_retry_after() {
        String lead = token(AppRoles.LEAD);
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        // 60 at once, then one a second: calls faster than that run out within a few more.
        for (int i = 0; i < 100 && limited == null; i++) {
            HttpResponse<String> call = api().get("/api/v1/articles?limit=1", lead);
            statuses.add(call.statusCode());
            if (call.statusCode() == 429) {
                limited = call;
            }
        }
        assertThat(statuses.subList(0, 60)).containsOnly(200);
        assertThat(limited).as("429 after the bucket ran out: %s", statuses).isNotNull();
        assertThat(limited.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v))
                .isBetween(1L, 60L));
        assertThat(ApiClient.json(limited).get("error").asString()).contains("Too many calls");
        assertThat(api().get("/api/v1/articles?limit=1", token(AppRoles.LEAD)).statusCode())
                .as("another token has its own bucket").isEqualTo(200);
    }

    @Test
    void every_call_is_logged_with_the_tokens_name_and_never_its_secret(CapturedOutput output) {
        String name = "cms-log-" + UUID.randomUUID();
        CreatedApiToken created = SignedInAs.call(users, "admin", () -> tokens.create(name, AppRoles.EDITOR,
                Instant.now().plus(Duration.ofDays(2))));

        api().get("/api/v1/articles?limit=2", created.secret());
        api().postJson("/api/v1/articles", created.secret(), articleJson(UUID.randomUUID().toString()));

        assertThat(output.getOut()).containsPattern("API '" + name + "' \\(" + created.token().keyId()
                + "\\) GET /api/v1/articles -> 200 in \\d+ ms");
        assertThat(output.getOut()).containsPattern("API '" + name + "' .* POST /api/v1/articles -> 403 in \\d+ ms");
        assertThat(output.getOut()).doesNotContain(created.secret().substring(22));
    }

    @Test
    void the_openapi_description_is_served_without_a_token() {
        HttpResponse<String> description = api().get("/api/v1/openapi.yaml", null);
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("application/yaml"));
        assertThat(description.body()).startsWith("openapi: 3");
    }

    private static List<Long> ids(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        ApiClient.json(response).get("articles").forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }
}
