package nl.afsluitwijzer;

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
        SpringApplication.run(Afsluitwijzer.class, args);
    }
}
