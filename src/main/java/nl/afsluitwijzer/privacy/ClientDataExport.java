package nl.afsluitwijzer.privacy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.portal.LinkMails;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.PracticeNames;
import nl.afsluitwijzer.privacy.internal.ClientData;
import nl.afsluitwijzer.shared.HtmlPdf;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.ClientRecord;
import nl.afsluitwijzer.treatment.ClientRecords;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inzage (AVG art. 15) and portability (art. 20) of one client: all their data as JSON and as a readable Dutch
 * PDF. The treating therapist (of every treatment of the client) and the manager; each download is logged as an
 * export with the client.
 */
@Service
@Transactional
public class ClientDataExport {

    static final String OBJECT = "CLIENT_DATA";
    private static final Locale DUTCH = Locale.forLanguageTag("nl");

    private final ClientRecords records;
    private final ClientDataAssembler assembler;
    private final PracticeNames practices;
    private final AuditLog audit;
    private final JsonMapper json;
    private final ITemplateEngine templates;
    private final Clock clock;

    private final LinkMails mails;

    ClientDataExport(
            ClientRecords records,
            ClientDataAssembler assembler,
            PracticeNames practices,
            AuditLog audit,
            JsonMapper json,
            ITemplateEngine templates,
            Clock clock,
            LinkMails mails) {
        this.mails = mails;
        this.records = records;
        this.assembler = assembler;
        this.practices = practices;
        this.audit = audit;
        this.json = json;
        this.templates = templates;
        this.clock = clock;
    }

    /** The client's data as indented JSON (UTF-8). */
    public byte[] json(CurrentUser user, Long clientId) {
        ClientData data = read(user, clientId, "json");
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(data).getBytes(StandardCharsets.UTF_8);
    }

    /** The client's data as a PDF in Dutch, the language of the practice's clients. */
    public byte[] pdf(CurrentUser user, Long clientId) {
        ClientData data = read(user, clientId, "pdf");
        Context context = new Context(DUTCH);
        context.setVariable("data", data);
        return HtmlPdf.render(templates.process("privacy/inzage-pdf", context));
    }

    private ClientData read(CurrentUser user, Long clientId, String format) {
        ClientRecord record = records.require(user, clientId);
        Client client = record.client();
        String practice = practices.of(client.getPracticeId()).orElse("");
        ClientData data = new ClientData(
                clock.instant(),
                practice,
                new ClientData.Person(
                        client.getReference(),
                        client.getDisplayName(),
                        client.getBirthYear(),
                        client.getGpName(),
                        client.getGpPractice(),
                        mails.forInzage(Objects.requireNonNull(client.getId(), "stored"), client.getReference())
                                .orElse(null)),
                record.treatments().stream()
                        .map(file -> assembler.treatment(user, file))
                        .toList());
        audit.record(AuditEvent.of(AuditAction.EXPORT, OBJECT, clientId + "/" + format)
                .forClient(client.getReference(), null));
        return data;
    }
}
