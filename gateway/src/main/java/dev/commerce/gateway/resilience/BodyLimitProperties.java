package dev.commerce.gateway.resilience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize       largest request body for the API
 * @param engineMaxSize largest body for {@code /engine-rest/**}, where Modeler deploys BPMN, DMN and forms
 */
@ConfigurationProperties("commerce.gateway.body-limit")
public record BodyLimitProperties(DataSize maxSize, DataSize engineMaxSize) {

    public BodyLimitProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(1) : maxSize;
        engineMaxSize = engineMaxSize == null ? DataSize.ofMegabytes(20) : engineMaxSize;
    }

    long limitFor(String path) {
        return (path.startsWith("/engine-rest/") ? engineMaxSize : maxSize).toBytes();
    }
}
