package nl.afsluitwijzer.durability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import nl.afsluitwijzer.Afsluitwijzer;
import nl.afsluitwijzer.audit.AuditChain;
import nl.afsluitwijzer.audit.AuditVerification;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;

/**
 * The application as a child process sees it: started with command-line properties, then it checks the
 * audit chain (as after a crash an operator would) and prints one line the parent waits for.
 */
public final class ChildApplication {

    static final String READY = "CHILD-READY";
    static final String VERIFIED = "CHILD-VERIFIED";

    private ChildApplication() {}

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(Afsluitwijzer.class);
        application.addInitializers(
                context -> context.getBeanFactory().registerSingleton("onlyTheApplication", new TestClassesExcluded()));
        ConfigurableApplicationContext context = application.run(args);
        AuditChain chain = context.getBean(AuditChain.class);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        System.out.println(READY + " port=" + port + " " + describe(chain.verify()));
        verifyOnRequest(chain);
    }

    /** Each line the parent writes to standard input asks for another check of the audit chain. */
    private static void verifyOnRequest(AuditChain chain) {
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader input =
                            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                        while (input.readLine() != null) {
                            System.out.println(VERIFIED + " " + describe(chain.verify()));
                        }
                    } catch (IOException e) {
                        // the parent closed our input: no more requests
                    }
                },
                "verify-on-request");
        reader.setDaemon(true);
        reader.start();
    }

    /** The test fixtures on this class path are components too; the child is the application alone. */
    private static final class TestClassesExcluded extends TypeExcludeFilter {

        private final String testClasses = ChildApplication.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toString();

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().startsWith(testClasses);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestClassesExcluded;
        }

        @Override
        public int hashCode() {
            return TestClassesExcluded.class.hashCode();
        }
    }

    private static String describe(AuditVerification verification) {
        return "auditIntact=" + verification.intact() + " auditChecked=" + verification.checked() + " firstBreak="
                + verification.firstBreak();
    }
}
