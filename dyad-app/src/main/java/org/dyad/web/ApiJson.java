package org.dyad.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

import java.time.Instant;
import java.time.LocalDate;

/** The API's JSON: snake_case field names as in the event contract, dates and instants in ISO form. */
public final class ApiJson {

    private ApiJson() {
    }

    public static ObjectMapper mapper() {
        SimpleModule isoDates = new SimpleModule("iso-dates")
                .addSerializer(LocalDate.class, ToStringSerializer.instance)
                .addSerializer(Instant.class, ToStringSerializer.instance);
        return JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(isoDates)
                .build();
    }
}
