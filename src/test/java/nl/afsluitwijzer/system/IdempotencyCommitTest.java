package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.Filter;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * The write and its stored answer commit together: an answer lost after the commit is replayed on retry, and
 * a request that fails before the commit leaves neither the write nor the key behind. The requests run through
 * the application's real security chain, idempotency filter and dispatcher, with a broken client or node.
 */
@IntegrationTest
class IdempotencyCommitTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("springSecurityFilterChain")
    Filter security;

    @Autowired
    FilterRegistrationBean<IdempotencyFilter> idempotency;

    @Autowired
    DispatcherServlet dispatcher;

    @LocalServerPort
    int port;

    ApiCalls api;

    @BeforeEach
    void setUp() throws Exception {
        api = new ApiCalls(mvc, jdbc);
        // the server's own dispatcher starts with its first request
        HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/openapi.json"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
    }

    @Test
    void anAnswerLostAfterTheCommitIsReplayedOnRetryWithoutASecondWrite() throws Exception {
        long id = api.startTreatment("behandelaar");
        String key = UUID.randomUUID().toString();
        MockHttpServletRequest request = sessionRequest(id, key);
        assertThatThrownBy(() -> new MockFilterChain(dispatcher, security, idempotency.getFilter())
                        .doFilter(request, new ClientGone()))
                .isInstanceOf(IOException.class);
        assertThat(api.sessions(id)).isEqualTo(1);
        api.addSession("behandelaar", id, key, IdempotencyKeyApiTest.SESSION)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(api.sessions(id)).isEqualTo(1);
    }

    @Test
    void aRequestThatFailsAfterTheControllerLeavesNoWriteAndNoKeySoTheRetryRunsAnew() throws Exception {
        long id = api.startTreatment("behandelaar");
        String key = UUID.randomUUID().toString();
        Filter nodeDiesAfterTheController = (request, response, chain) -> {
            chain.doFilter(request, response);
            throw new IllegalStateException("the node died before the commit");
        };
        assertThatThrownBy(() -> new MockFilterChain(
                                dispatcher, security, idempotency.getFilter(), nodeDiesAfterTheController)
                        .doFilter(sessionRequest(id, key), new MockHttpServletResponse()))
                .hasMessageContaining("node died");
        assertThat(api.sessions(id)).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();
        api.addSession("behandelaar", id, key, IdempotencyKeyApiTest.SESSION)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(api.sessions(id)).isEqualTo(1);
    }

    private MockHttpServletRequest sessionRequest(long treatment, String key) {
        return api.request(
                        "behandelaar",
                        ApiCalls.TREATMENTS + "/" + treatment + "/sessions",
                        key,
                        IdempotencyKeyApiTest.SESSION)
                .buildRequest(dispatcher.getServletContext());
    }

    /** A client whose connection broke: nothing written to it arrives. */
    private static final class ClientGone extends MockHttpServletResponse {

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    throw new IOException("Broken pipe");
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    throw new IOException("Broken pipe");
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException();
                }
            };
        }
    }
}
