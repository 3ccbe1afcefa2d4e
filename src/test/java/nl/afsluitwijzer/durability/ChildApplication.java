package nl.afsluitwijzer.durability;

import nl.afsluitwijzer.Afsluitwijzer;
import nl.afsluitwijzer.audit.AuditChain;
import nl.afsluitwijzer.audit.AuditVerification;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The application as a child process sees it: started with command-line properties, then it checks the
 * audit chain (as after a crash an operator would) and prints one line the parent waits for.
 */
public final class ChildApplication {

    static final String READY = "CHILD-READY";

    private ChildApplication() {
    }

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(Afsluitwijzer.class, args);
        AuditVerification verification = context.getBean(AuditChain.class).verify();
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println(READY + " port=" + port + " auditIntact=" + verification.intact() + " auditChecked="
                + verification.checked() + " firstBreak=" + verification.firstBreak());
    }
}
