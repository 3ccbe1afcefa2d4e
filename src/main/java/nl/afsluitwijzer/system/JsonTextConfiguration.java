package nl.afsluitwijzer.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every text in a JSON body passes one check: a control character (such as U+0000, which PostgreSQL refuses) is a
 * 400 naming the field, never a 500 when it is stored.
 */
@Configuration(proxyBeanMethods = false)
class JsonTextConfiguration {

    @Bean
    JacksonModule refuseControlCharacters() {
        return new SimpleModule("refuse-control-characters").addDeserializer(String.class, new CheckedText());
    }

    /** The standard text deserializer, refusing text with control characters. */
    static final class CheckedText extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String text = super.deserialize(parser, context);
            if (text != null && ControlCharacters.in(text)) {
                throw context.weirdStringException(
                        ControlCharacters.without(text), String.class, "contains a control character");
            }
            return text;
        }
    }
}
