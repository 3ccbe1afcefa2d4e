package nl.afsluitwijzer;

import nl.afsluitwijzer.backup.RestoreCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Afsluitwijzer: timely and careful closing of short-term mental health treatments. */
@SpringBootApplication
@EnableScheduling
@Modulithic(sharedModules = "shared")
public class Afsluitwijzer {

    public static void main(String[] args) {
        if (RestoreCommand.requested(args)) {
            // an operator's command on a stopped application: no web server, exits when done
            System.exit(RestoreCommand.run(Afsluitwijzer.class, args, System.out));
        }
        SpringApplication.run(Afsluitwijzer.class, args);
    }
}
