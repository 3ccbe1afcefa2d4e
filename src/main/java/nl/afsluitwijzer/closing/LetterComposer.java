package nl.afsluitwijzer.closing;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.ExpectedCourses;
import nl.afsluitwijzer.measurement.ExpectedPath;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.ProgressChart;
import nl.afsluitwijzer.measurement.ProgressChartData;
import nl.afsluitwijzer.practice.PracticeNames;
import nl.afsluitwijzer.practice.UserNames;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** Fills a letter template in with a treatment's facts and turns it into a PDF with the progress chart. */
@Component
class LetterComposer {

    /** The fixed page around the body: letterhead, date, fonts; the practice does not edit it. */
    private static final String PAGE = "closing/letter";

    private final LetterSandbox sandbox = new LetterSandbox();
    private final ITemplateEngine pages;
    private final LetterTemplateStore templates;
    private final PracticeNames practices;
    private final UserNames users;
    private final InstrumentCatalog instruments;
    private final ProgressChart charts;
    private final Outcomes outcomes;
    private final MessageSource messages;
    private final ExpectedCourses courses;

    LetterComposer(
            LetterTemplateStore templates,
            PracticeNames practices,
            UserNames users,
            InstrumentCatalog instruments,
            ProgressChart charts,
            Outcomes outcomes,
            MessageSource messages,
            ITemplateEngine pages,
            ExpectedCourses courses) {
        this.courses = courses;
        this.pages = pages;
        this.templates = templates;
        this.practices = practices;
        this.users = users;
        this.instruments = instruments;
        this.charts = charts;
        this.outcomes = outcomes;
        this.messages = messages;
    }

    /** The facts of a real treatment, as of the letter's date. */
    LetterFacts factsOf(TreatmentFile file, ClosingPlan plan, LocalDate date) {
        Long practiceId = file.treatment().getPracticeId();
        String practice = practices.of(practiceId).orElse("");
        String therapist = users.of(file.treatment().getTherapistId()).orElse("");
        return new LetterFacts(
                file,
                plan,
                practice,
                templates.letterhead(practiceId).text(),
                therapist,
                date,
                instrumentOf(file),
                outcomes.primaryScores(file));
    }

    @Nullable
    Instrument instrumentOf(TreatmentFile file) {
        String code = file.treatment().getPrimaryInstrument();
        return code == null ? null : instruments.find(code).orElse(null);
    }

    /** A composed letter: the PDF, its body as laid out, and the {{…}} of the template that stayed text. */
    record Composed(byte[] pdf, String body, List<String> unknown) {}

    Composed compose(LetterKind kind, String template, LetterFacts facts) {
        Map<String, Object> values = LetterValues.of(kind, facts, this::label);
        LetterSandbox.Body body = sandbox.render(template, values);
        Context page = new Context(
                LetterValues.DUTCH,
                Map.of(
                        "title",
                        title(kind, facts.file().client()),
                        "practice",
                        facts.practiceName(),
                        "letterhead",
                        facts.letterhead()
                                .lines()
                                .map(String::strip)
                                .filter(line -> !line.isEmpty())
                                .toList(),
                        "date",
                        LetterValues.date(facts.date()),
                        "body",
                        body.xhtml()));
        return new Composed(
                PdfLetter.render(pages.process(PAGE, page), chartOf(kind, facts)), body.xhtml(), body.unknown());
    }

    /**
     * The progress chart; in a letter to a professional (not the client's own letter) with the practice's expected
     * course and band behind the totals (docs/expected-course.md).
     */
    private @Nullable String chartOf(LetterKind kind, LetterFacts facts) {
        Instrument instrument = facts.instrument();
        if (instrument == null || instrument.perGoal()) {
            return null;
        }
        List<LocalDate> sessions = facts.file().sessions().stream()
                .filter(TreatmentSession::counts)
                .map(TreatmentSession::getSessionDate)
                .filter(d -> !d.isAfter(facts.date()))
                .toList();
        List<DatedScore> scores = facts.scores();
        ExpectedPath expected = kind == LetterKind.CLIENT || scores.isEmpty()
                ? null
                : courses.of(facts.file().treatment().getPracticeId(), instrument.code())
                        .flatMap(course -> course.path(scores.get(0), sessions))
                        .orElse(null);
        return charts.render(new ProgressChartData(instrument, scores, sessions, LetterValues.DUTCH, expected));
    }

    /** The PDF's title: the kind and the client's name, without the reference in a letter to a nameless client. */
    private String title(LetterKind kind, Client client) {
        String label = label("closing.letter." + kind);
        return kind == LetterKind.CLIENT && !client.hasName() ? label : label + " " + client.getDisplayName();
    }

    String label(String key) {
        return Objects.requireNonNull(
                messages.getMessage(key, null, key, LetterValues.DUTCH), "the key is the default");
    }
}
