package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.PollAnswer;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A participant's double (or tenfold) tap on a vote, as real parallel HTTP requests against the running server:
 * exactly one vote counts and every request gets a normal answer (the redirect back to the poll), never a 500.
 */
@IntegrationTest
class DoubleTapTest {

    private static final int TAPS = 10;
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Workshops workshops;

    @Autowired
    UserAccountRepository users;

    @Test
    void tenSimultaneousVotesOfOneParticipantCountOnceAndAllAnswerNormally() throws Exception {
        Workshop workshop = workshops.start(Colleagues.demo(users, "manager"));
        String code = workshop.getJoinCode().value();
        String page = "http://localhost:" + port + "/w/" + code;
        HttpClient phone = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        HttpResponse<String> joined = phone.send(
                HttpRequest.newBuilder(URI.create(page + "?step=1&side=ja")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(joined.statusCode()).isEqualTo(200);
        Matcher token = CSRF.matcher(joined.body());
        assertThat(token.find()).as("the vote form carries a CSRF token").isTrue();
        HttpRequest vote = HttpRequest.newBuilder(URI.create(page + "/stem"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("answer=YES_1&_csrf=" + token.group(1)))
                .build();

        ExecutorService pool = Executors.newFixedThreadPool(TAPS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> taps = new ArrayList<>();
        for (int i = 0; i < TAPS; i++) {
            taps.add(pool.submit(() -> {
                start.await();
                return phone.send(vote, HttpResponse.BodyHandlers.ofString());
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<HttpResponse<String>> tap : taps) {
            HttpResponse<String> response = tap.get();
            statuses.add(response.statusCode());
            assertThat(response.previousResponse())
                    .as("the vote answers with a redirect back to the poll")
                    .hasValueSatisfying(post -> assertThat(post.headers().firstValue("Location"))
                            .hasValueSatisfying(location -> assertThat(location).endsWith("/w/" + code + "?step=1")));
            assertThat(response.uri().toString()).endsWith("/w/" + code + "?step=1");
        }
        pool.shutdown();
        assertThat(statuses).as("every tap ends on the poll page").containsOnly(200);
        assertThat(workshops.board(workshop).poll().total()).isEqualTo(1);
        assertThat(workshops.board(workshop).poll().count(PollAnswer.YES_1)).isEqualTo(1);
        HttpResponse<String> back = phone.send(
                HttpRequest.newBuilder(URI.create(page + "?step=1")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).isEqualTo(200);
    }
}
