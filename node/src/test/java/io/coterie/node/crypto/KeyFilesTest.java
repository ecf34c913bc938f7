package io.coterie.node.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeyFilesTest {

  @Test
  void writtenKeyReadsBack(@TempDir Path dir) {
    PrivateKey key = PrivateKey.random(new SecureRandom());
    Path file = dir.resolve("keys/key");
    KeyFiles.write(file, key);
    assertThat(KeyFiles.read(file)).isEqualTo(key);
  }

  @Test
  void readsPrefixedKeyWithSurroundingWhitespace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("key");
    Files.writeString(
        file, "  0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80\n\n");
    assertThat(KeyFiles.read(file))
        .isEqualTo(
            PrivateKey.fromHex("ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"));
  }

  @Test
  void missingFileSaysHowToCreateOne(@TempDir Path dir) {
    assertThatThrownBy(() -> KeyFiles.read(dir.resolve("absent")))
        .isInstanceOf(KeyFiles.KeyFileException.class)
        .hasMessageContaining("does not exist")
        .hasMessageContaining("coterie keys generate");
  }

  @Test
  void garbledFileIsRefusedWithoutEchoingItsContent(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("key");
    Files.writeString(file, "zz0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    assertThatThrownBy(() -> KeyFiles.read(file))
        .isInstanceOf(KeyFiles.KeyFileException.class)
        .hasMessageContaining("hex digits")
        .hasMessageNotContaining("0974bec3");
  }

  @Test
  void truncatedFileIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("key");
    Files.writeString(file, "ac0974bec39a");
    assertThatThrownBy(() -> KeyFiles.read(file)).hasMessageContaining("64 hex digits");
  }

  @Test
  void zeroKeyIsRefused(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("key");
    Files.writeString(file, "0".repeat(64));
    assertThatThrownBy(() -> KeyFiles.read(file)).hasMessageContaining("[1, n-1]");
  }

  @Test
  void writeRefusesToReplaceAnExistingKey(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("key");
    Files.writeString(file, "existing");
    assertThatThrownBy(() -> KeyFiles.write(file, PrivateKey.random(new SecureRandom())))
        .hasMessageContaining("already exists");
    assertThat(Files.readString(file)).isEqualTo("existing");
  }
}
