package dev.commerce.processes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The model files of this module, read from the source tree so a new model is picked up without a list to update. */
final class Models {

  static final Path RESOURCES = Path.of("src/main/resources");

  private Models() {
  }

  static List<Path> bpmn() {
    return list(RESOURCES.resolve("bpmn"), ".bpmn");
  }

  static List<Path> dmn() {
    return list(RESOURCES.resolve("dmn"), ".dmn");
  }

  static InputStream open(Path path) {
    try {
      return Files.newInputStream(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> list(Path dir, String suffix) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
