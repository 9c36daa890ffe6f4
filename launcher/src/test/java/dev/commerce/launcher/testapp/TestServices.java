package dev.commerce.launcher.testapp;

import dev.commerce.launcher.component.JavaService;
import dev.commerce.launcher.process.JavaCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Builds {@link TinyHealthApp} children for the supervisor tests. */
public final class TestServices {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private TestServices() {
    }

    public static JavaService tiny(String name, int port) {
        return JavaService.mainClass(name, port, JavaCommand.currentClasspath(), TinyHealthApp.class.getName())
                .env("TINY_NAME", name)
                .jvmOptions(List.of("-Xmx32m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto"));
    }

    /**
     * A jar that looks like a repackaged Spring Boot jar to the launcher ({@code Start-Class} in the manifest)
     * and runs the tiny app from the test classes: {@code <root>/<module>/target/<module>-0.1.0-SNAPSHOT.jar}.
     */
    public static Path fakeBootJar(Path root, String module) throws IOException {
        Path jar = root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, TinyHealthApp.class.getName());
        attributes.putValue("Start-Class", TinyHealthApp.class.getName());
        attributes.put(Attributes.Name.CLASS_PATH, testClasses().toUri().toString());
        new JarOutputStream(Files.newOutputStream(jar), manifest).close();
        return jar;
    }

    /** A plain jar, as a module still being written builds it. */
    public static Path plainJar(Path root, String module) throws IOException {
        Path jar = root.resolve(module).resolve("target").resolve(module + "-0.1.0-SNAPSHOT.jar");
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        new JarOutputStream(Files.newOutputStream(jar), manifest).close();
        return jar;
    }

    public static String get(String url) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static long marker(Path serviceDataDir, String name) {
        try {
            return Long.parseLong(Files.readString(serviceDataDir.resolve(name)).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(TinyHealthApp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
