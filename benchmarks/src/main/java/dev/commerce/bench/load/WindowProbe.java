package dev.commerce.bench.load;

import java.util.Map;

/** Told when a measurement window opens and closes (on a timer thread, at the window's own instants). */
public interface WindowProbe {

    WindowProbe NONE = new WindowProbe() {
        @Override
        public void windowOpened() {
        }

        @Override
        public Map<String, Long> windowClosed() {
            return Map.of();
        }
    };

    void windowOpened();

    /** What the probe counted inside the window, by name (e.g. CPU microseconds per process). */
    Map<String, Long> windowClosed();
}
