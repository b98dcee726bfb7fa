package org.casekeep.kernel.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.casekeep.kernel.validation.ControlCharacters;
import org.casekeep.kernel.validation.UnreadableInputException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Text with a control character ({@link ControlCharacters}) is refused where it enters, as 400 naming the field,
 * before any service, query, file name or log sees it: in a JSON body (every string value, whatever the resource)
 * and in a request parameter (query string and form fields of every page and API).
 */
@Configuration(proxyBeanMethods = false)
class InputHygiene implements WebMvcConfigurer {

	/** Every JSON string value goes through this check; the problem document names the property's path. */
	@Bean
	JacksonModule controlCharacterRefusingStrings() {
		return new SimpleModule("casekeep-control-characters").addDeserializer(String.class, new StringDeserializer() {
			@Override
			public String deserialize(JsonParser parser, DeserializationContext context) {
				String value = super.deserialize(parser, context);
				if (ControlCharacters.in(value)) {
					// The message reaches the problem document and never holds the value.
					throw InvalidFormatException.from(parser, "contains a control character (such as NUL) that "
							+ "cannot be stored", null, String.class);
				}
				return value;
			}
		});
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(new HandlerInterceptor() {
			@Override
			public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
				for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
					String name = ControlCharacters.in(parameter.getKey()) ? "parameter" : parameter.getKey();
					if (!name.equals(parameter.getKey())) {
						throw new UnreadableInputException(name, ControlCharacters.message(name));
					}
					for (String value : parameter.getValue()) {
						if (ControlCharacters.in(value)) {
							throw new UnreadableInputException(name, ControlCharacters.message(name));
						}
					}
				}
				return true;
			}
		// Not on the error dispatch: reading the parameters of a request refused for its size would read its body.
		}).excludePathPatterns("/error", "/error/**");
	}
}
