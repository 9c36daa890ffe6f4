package dev.commerce.order.order.adapter.out.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Response;
import feign.Util;
import feign.codec.Decoder;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

class LenientJsonDecoder implements Decoder {

    private final ObjectMapper mapper;

    LenientJsonDecoder(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Object decode(Response response, Type type) throws IOException {
        if (response.status() == 204 || response.status() == 404 || response.body() == null) {
            return Util.emptyValueOf(type);
        }
        try (Reader reader = response.body().asReader(StandardCharsets.UTF_8)) {
            return mapper.readValue(reader, mapper.constructType(type));
        }
    }
}
