package nl.afsluitwijzer.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealingKeyTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_B =
            Base64.getEncoder().encodeToString("b".repeat(32).getBytes(StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void aSealedValueOpensWithTheSameKeyAndEachSealIsDifferent() {
        SealingKey key = SealingKey.of(KEY_A, "test.key", dir.resolve("unused.key"), "test");
        byte[] plain = "jet.jansen@example.nl".getBytes(StandardCharsets.UTF_8);

        String first = key.seal(plain);
        String second = key.seal(plain);

        assertThat(first).isNotEqualTo(second).doesNotContain("jet");
        assertThat(key.open(first)).isEqualTo(plain);
        assertThat(key.open(second)).isEqualTo(plain);
        assertThat(dir.resolve("unused.key")).doesNotExist();
    }

    @Test
    void anotherKeyCannotOpenItAndSaysWhichPropertyToCheck() {
        String sealed =
                SealingKey.of(KEY_A, "test.key", dir.resolve("a.key"), "test").seal(new byte[] {1, 2, 3});
        SealingKey other = SealingKey.of(KEY_B, "test.key", dir.resolve("b.key"), "test");

        assertThatThrownBy(() -> other.open(sealed))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.key");
    }

    @Test
    void withoutAConfiguredKeyOneKeyFileIsMadeAndReadAgain() throws Exception {
        Path file = dir.resolve("made.key");
        String sealed = SealingKey.of("", "test.key", file, "test").seal(new byte[] {7});

        assertThat(Files.exists(file)).isTrue();
        assertThat(SealingKey.of(" ", "test.key", file, "test").open(sealed)).containsExactly(7);
    }

    @Test
    void aKeyOfAnotherLengthIsRefusedAtStart() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);

        assertThatThrownBy(() -> SealingKey.of(short16, "test.key", dir.resolve("x.key"), "test"))
                .hasMessage("test.key must be 32 bytes, base64-encoded");
    }
}
