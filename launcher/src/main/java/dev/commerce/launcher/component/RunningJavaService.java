package dev.commerce.launcher.component;

import dev.commerce.launcher.process.ChildProcess;
import java.nio.file.Path;
import java.util.Map;

record RunningJavaService(String name, String address, Map<String, String> links, ChildProcess child)
        implements RunningComponent {

    @Override
    public long pid() {
        return child.pid();
    }

    @Override
    public Path logFile() {
        return child.logFile();
    }

    @Override
    public boolean isAlive() {
        return child.isAlive();
    }

    @Override
    public void stop() {
        child.stop(ChildProcess.DEFAULT_GRACE);
    }
}
