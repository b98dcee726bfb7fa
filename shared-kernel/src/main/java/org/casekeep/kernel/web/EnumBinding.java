package org.casekeep.kernel.web;

import java.util.Arrays;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.convert.converter.ConverterFactory;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import tools.jackson.databind.MapperFeature;

/**
 * An enum value in a request is read in any case, in every module, written once here: {@code "immigration"},
 * {@code "Immigration"} and {@code "IMMIGRATION"} are the same issue, in a JSON body and in a query or form parameter
 * (path variables too). Anything else is still refused, as 400 naming the field; responses keep writing the
 * constants' names.
 */
@Configuration(proxyBeanMethods = false)
class EnumBinding implements WebMvcConfigurer {

	/** JSON bodies: Jackson matches constant names ignoring case. */
	@Bean
	JsonMapperBuilderCustomizer caseInsensitiveEnums() {
		return builder -> builder.enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS);
	}

	/**
	 * Query and form parameters and path variables: registered after Spring's own String-to-enum converter, so it is
	 * the one used. A blank value is none, as with Spring's.
	 */
	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverterFactory(new CaseInsensitiveEnums());
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	static final class CaseInsensitiveEnums implements ConverterFactory<String, Enum> {

		@Override
		public <T extends Enum> Converter<String, T> getConverter(Class<T> targetType) {
			return source -> (T) constant((Class) targetType, source);
		}

		/**
		 * @return the constant named {@code typed} in any case, or {@literal null} for a blank value.
		 * @throws IllegalArgumentException for any other value (the problem document names the parameter).
		 */
		static <E extends Enum<E>> @Nullable E constant(Class<E> type, String typed) {
			String name = typed.strip();
			if (name.isEmpty()) {
				return null;
			}
			return Arrays.stream(type.getEnumConstants())
				.filter(constant -> constant.name().equalsIgnoreCase(name))
				.findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No " + type.getSimpleName() + " named so"));
		}
	}
}
