package nl.afsluitwijzer.privacy.web;

import java.nio.charset.StandardCharsets;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.privacy.internal.BenchmarkExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The pseudonymised benchmark export as CSV (manager only). */
@Controller
class BenchmarkController {

    private final BenchmarkExport export;

    BenchmarkController(BenchmarkExport export) {
        this.export = export;
    }

    @GetMapping("/privacy/benchmark.csv")
    ResponseEntity<String> csv() {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("benchmark.csv")
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export.csv(CurrentUser.require()));
    }
}
