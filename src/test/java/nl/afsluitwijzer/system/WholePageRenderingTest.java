package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * A page is rendered whole before any of it is sent (spring.thymeleaf.servlet.produce-partial-output-while-processing
 * is off): a page that fails halfway has sent nothing, so the error page can still be sent instead of a page cut
 * off under status 200.
 */
@IntegrationTest
class WholePageRenderingTest {

    @Autowired
    ThymeleafViewResolver views;

    @Autowired
    WebApplicationContext context;

    /** A value whose text cannot be read: the template fails where it asks for it. */
    public static final class Failing {
        public String text() {
            throw new IllegalStateException("this value fails the page");
        }
    }

    @Test
    void aPageThatFailsHalfwayHasSentNothingOfIt() throws Exception {
        View view = views.resolveViewName("test/fails-halfway", Locale.forLanguageTag("nl"));
        MockHttpServletRequest request = new MockHttpServletRequest(context.getServletContext(), "GET", "/test");
        request.setAttribute(DispatcherServlet.WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
        MockHttpServletResponse response = new MockHttpServletResponse();
        // more rows before the failure than a response buffer holds
        Map<String, Object> model =
                Map.of("rows", IntStream.range(0, 5_000).boxed().toList(), "failing", new Failing());

        assertThat(view).isNotNull();
        assertThatThrownBy(() -> view.render(model, request, response)).hasStackTraceContaining("this value fails");
        assertThat(response.getContentAsString()).isEmpty();
        assertThat(response.isCommitted()).isFalse();
    }
}
