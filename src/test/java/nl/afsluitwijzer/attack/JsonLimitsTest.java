package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.json.JsonMapper;

/** Bodies that would cost the server memory or stack are refused before they are read, as problem+json. */
@IntegrationTest
class JsonLimitsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Test
    void aBodyOfMoreThanOneMegabyteIsRefusedWith413() throws Exception {
        String huge = "{\"clientReference\":\"X-1\",\"helpQuestion\":\"" + "a".repeat(1_100_000) + "\"}";
        MockHttpServletResponse response = send("/api/v1/treatments", huge);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    }

    @Test
    void aChunkedBodyWithoutLengthIsCountedAndRefusedWith413() throws Exception {
        byte[] huge = ("[" + "1,".repeat(600_000) + "1]").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/treatments"))
                .header("Authorization", Api.bearer(mvc, "behandelaar"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
    }

    @Test
    void aSmallChunkedBodyStillArrives() throws Exception {
        byte[] body = "{\"nonsense\":1}".getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/treatments"))
                .header("Authorization", Api.bearer(mvc, "behandelaar"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("nonsense");
    }

    @Test
    void jsonNestedTwoThousandLevelsDeepIsRefusedWith400() throws Exception {
        String deep = "{\"goals\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}";
        MockHttpServletResponse response = send("/api/v1/treatments", deep);
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        assertThat(response.getContentAsString()).doesNotContain("Exception").doesNotContain("at tools.");
    }

    @Test
    void theApplicationsJsonMapperRefusesMoreThanThirtyTwoLevels() {
        assertThat(json.readTree("[".repeat(10) + "]".repeat(10)).isArray()).isTrue();
        assertThatThrownBy(() -> json.readTree("[".repeat(100) + "]".repeat(100)))
                .isInstanceOf(StreamConstraintsException.class);
    }

    private MockHttpServletResponse send(String url, String body) throws Exception {
        return mvc.perform(post(url)
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
    }
}
