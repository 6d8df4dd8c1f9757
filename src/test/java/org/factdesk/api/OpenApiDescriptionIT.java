package org.factdesk.api;

import org.factdesk.api.internal.ApiStatuses;
import org.factdesk.assignment.ArticleState;
import org.factdesk.report.ReportService;
import org.factdesk.report.ReportWriter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The served OpenAPI description against the code: every operation the API's controller maps (path and method)
 * with every status its {@link ApiStatuses} names is described, and nothing more; the enums it lists are the
 * app's (report formats, workflow states).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestPropertySource(properties = "factdesk.test.database=api")
class OpenApiDescriptionIT {

    private static final String CONTROLLER = "org.factdesk.api.internal.ArticleApiController";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    ReportService reports;

    @Test
    void every_mapped_operation_and_status_is_described_and_nothing_else() {
        Map<String, Set<String>> inCode = operationsInCode();
        Map<String, Set<String>> described = operationsDescribed(description());

        assertThat(inCode).as("the controller has operations").isNotEmpty();
        assertThat(described.keySet()).as("operations").isEqualTo(inCode.keySet());
        inCode.forEach((operation, statuses) ->
                assertThat(described.get(operation)).as("statuses of %s", operation).isEqualTo(statuses));
    }

    @Test
    void the_described_formats_and_states_are_the_apps() {
        JsonNode paths = description().get("paths");
        Set<String> formats = new TreeSet<>();
        paths.get("/api/v1/articles/{id}/report").get("get").get("parameters").forEach(parameter -> {
            if (parameter.get("name").asString().equals("format")) {
                parameter.get("schema").get("enum").forEach(value -> formats.add(value.asString()));
            }
        });
        // The built-in formats; the test classpath adds a demonstration format (report.TitlesReportWriter).
        assertThat(formats).isEqualTo(reports.formats().stream()
                .filter(format -> format.getClass().getPackageName().equals("org.factdesk.report.internal"))
                .map(ReportWriter::id).collect(Collectors.toCollection(TreeSet::new)));

        Set<String> states = new TreeSet<>();
        description().get("components").get("schemas").get("ArticleItem").get("properties").get("state").get("enum")
                .forEach(value -> states.add(value.asString()));
        assertThat(states).isEqualTo(Arrays.stream(ArticleState.values()).map(Enum::name)
                .collect(Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void updated_since_is_described_as_at_or_after_as_the_query_does_it() {
        JsonNode list = description().get("paths").get("/api/v1/articles").get("get");
        String parameter = null;
        for (JsonNode candidate : list.get("parameters")) {
            if (candidate.get("name").asString().equals("updatedSince")) {
                parameter = candidate.get("description").asString();
            }
        }
        // ArticleApiIT checks the behaviour (an article changed at exactly updatedSince is listed).
        assertThat(parameter).contains("updatedAt >= updatedSince").contains("at or after");
        assertThat(list.get("description").asString()).contains("updatedAt >= updatedSince");
    }

    /** "POST /api/v1/articles" → its statuses, over every handler method of the API's controller. */
    private Map<String, Set<String>> operationsInCode() {
        Map<String, Set<String>> operations = new TreeMap<>();
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (!handler.getBeanType().getName().equals(CONTROLLER)) {
                    continue;
                }
                ApiStatuses statuses = handler.getMethodAnnotation(ApiStatuses.class);
                assertThat(statuses).as("@ApiStatuses on %s", handler.getMethod().getName()).isNotNull();
                for (String path : entry.getKey().getPatternValues()) {
                    for (RequestMethod method : entry.getKey().getMethodsCondition().getMethods()) {
                        operations.computeIfAbsent(method.name() + " " + path, key -> new TreeSet<>())
                                .addAll(Arrays.stream(statuses.value()).mapToObj(Integer::toString).toList());
                    }
                }
            }
        }
        return operations;
    }

    private static Map<String, Set<String>> operationsDescribed(JsonNode description) {
        Map<String, Set<String>> operations = new TreeMap<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> {
            Set<String> statuses = new TreeSet<>();
            operation.getValue().get("responses").properties().forEach(response -> statuses.add(response.getKey()));
            operations.put(operation.getKey().toUpperCase() + " " + path.getKey(), statuses);
        }));
        return operations;
    }

    private JsonNode description() {
        HttpResponse<String> served = new ApiClient(port).get("/api/v1/openapi.yaml", null);
        assertThat(served.statusCode()).isEqualTo(200);
        return YAMLMapper.builder().build().readTree(served.body());
    }
}
