package nl.afsluitwijzer.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.audit.AuditVerification.Break;
import nl.afsluitwijzer.audit.AuditVerification.Kind;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Anchors of the chain outside the database: the head (position and hash) and the switch-over point to the
 * keyed rule, signed with the {@link AuditKey}, appended to audit-anchors.log in the data directory and to
 * the application log. Someone who rewrites the chain in the database cannot change what was anchored, so
 * the verification compares the chain with the last anchors.
 */
@Component
class AuditAnchors {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);
    private static final Pattern LINE =
            Pattern.compile("(seq=(\\d+) hash=([0-9a-f]{64}) keyed-from=(\\d+|-) at=\\S+) mac=([0-9a-f]{64})");
    /** How many of the latest anchors a verification compares. */
    static final int COMPARED = 20;

    /** One anchor: the head at a moment, with the switch-over point as it was then (null: not keyed yet). */
    record Anchor(long sequence, String hash, @Nullable Long keyedFrom) {}

    private final AuditKey key;
    private final Path file;
    private final Clock clock;

    AuditAnchors(
            AuditKey key,
            @Value("${afsluitwijzer.audit.anchors-file:${afsluitwijzer.data-dir}/audit-anchors.log}") String file,
            Clock clock) {
        this.key = key;
        this.file = Path.of(file);
        this.clock = clock;
    }

    Path file() {
        return file;
    }

    /** Appends an anchor of the head; the file is only ever appended to. */
    synchronized void write(long sequence, String hash, @Nullable Long keyedFrom) {
        String content = "seq=%d hash=%s keyed-from=%s at=%s"
                .formatted(sequence, hash, keyedFrom == null ? "-" : keyedFrom, clock.instant());
        String line = content + " mac=" + key.mac("anchor|" + content);
        log.info("Audit chain anchor: {}", line);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            boolean created = !Files.exists(file);
            Files.writeString(
                    file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            if (created) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (UnsupportedOperationException e) {
            log.debug("cannot restrict the permissions of {}", file, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append the audit anchor to " + file, e);
        }
    }

    /** The latest anchors whose signature is right; a line with a wrong signature is reported in the log. */
    synchronized List<Anchor> latest() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Anchor> anchors = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                parse(line).ifPresent(anchors::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit anchors in " + file, e);
        }
        return anchors.subList(Math.max(0, anchors.size() - COMPARED), anchors.size());
    }

    /** The first place where the chain (its head, and the hash at a position) differs from an anchor. */
    @Nullable
    Break compare(long lastSeq, @Nullable Long keyedFrom, LongFunction<Optional<String>> hashAt) {
        for (Anchor anchor : latest()) {
            if (anchor.keyedFrom() != null && !Objects.equals(anchor.keyedFrom(), keyedFrom)) {
                return new Break(Kind.KEY_SWITCH, anchor.keyedFrom(), null, null);
            }
            if (anchor.sequence() > lastSeq) {
                return new Break(Kind.ANCHOR_MISSING, anchor.sequence(), null, null);
            }
            String stored = anchor.sequence() == 0
                    ? ChainHash.GENESIS
                    : hashAt.apply(anchor.sequence()).orElse(null);
            if (stored == null) {
                return new Break(Kind.ANCHOR_MISSING, anchor.sequence(), null, null);
            }
            if (!stored.equals(anchor.hash())) {
                return new Break(Kind.ANCHOR_CHANGED, anchor.sequence(), null, null);
            }
        }
        return null;
    }

    private Optional<Anchor> parse(String line) {
        Matcher m = LINE.matcher(line.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (!key.mac("anchor|" + m.group(1)).equals(m.group(5))) {
            log.warn("Audit anchor with a wrong signature ignored: {}", line);
            return Optional.empty();
        }
        Long keyedFrom = "-".equals(m.group(4)) ? null : Long.valueOf(m.group(4));
        return Optional.of(new Anchor(Long.parseLong(m.group(2)), m.group(3), keyedFrom));
    }
}
