package org.casekeep.platform.web;

import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.casekeep.kernel.validation.OneOf;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.PropertyCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What {@code /v3/api-docs} tells a client beyond what springdoc infers: the values of every coded text field
 * ({@link OneOf}) and that every error is an RFC 9457 problem document ({@code application/problem+json}), with the
 * statuses the platform's error handling answers and what each means.
 */
@Configuration(proxyBeanMethods = false)
class ApiDescription {

	static final String PROBLEM = "Problem";

	private static final String PROBLEM_JSON = org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE;

	/** The error statuses every API operation may answer, with what the client should do. */
	private static final Map<String, String> ALWAYS = Map.of(
			"400", "Bad request: a parameter or the body cannot be read; `errors` names the field.",
			"401", "No valid bearer token.",
			"403", "Not permitted: the role, the component or the rules of behavior (acknowledge them at "
					+ "/api/rules-of-behavior) do not allow this.");

	private static final Map<String, String> WRITES = Map.of(
			"409", "Conflict: the record changed since it was read (send the current version), or the change is not "
					+ "allowed in the record's state.",
			"422", "Invalid input: `errors` names each field that cannot be accepted and why; nothing was written.");

	@Bean
	PropertyCustomizer codedTextFields() {
		return (property, type) -> {
			Annotation[] annotations = type.getCtxAnnotations();
			if (annotations == null) {
				return property;
			}
			Arrays.stream(annotations)
				.filter(OneOf.class::isInstance)
				.map(OneOf.class::cast)
				.findFirst()
				.ifPresent(oneOf -> constrain(property, values(oneOf)));
			return property;
		};
	}

	@Bean
	OpenApiCustomizer problemDocuments() {
		return openApi -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			if (openApi.getPaths() == null) {
				return;
			}
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
				.forEach((method, operation) -> describeErrors(path, method, operation)));
		};
	}

	private static void describeErrors(String path, PathItem.HttpMethod method, Operation operation) {
		ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
		operation.setResponses(responses);
		ALWAYS.forEach((status, description) -> problem(responses, status, description));
		if (path.contains("{")) {
			problem(responses, "404", "Not found, or not visible to the caller.");
		}
		if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
			WRITES.forEach((status, description) -> problem(responses, status, description));
		}
		if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null
				&& operation.getRequestBody().getContent().containsKey("multipart/form-data")) {
			problem(responses, "413", "A file or the request is larger than the upload limits.");
		}
		// Whatever springdoc inferred from the error handlers: the body is a problem document.
		responses.forEach((status, response) -> {
			if (status.startsWith("4") || status.startsWith("5")) {
				response.setContent(problemContent());
			}
		});
	}

	private static void problem(ApiResponses responses, String status, String description) {
		ApiResponse response = responses.get(status);
		if (response == null) {
			responses.addApiResponse(status, new ApiResponse().description(description).content(problemContent()));
		}
		else {
			response.setDescription(description);
		}
	}

	private static Content problemContent() {
		return new Content().addMediaType(PROBLEM_JSON,
				new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema fieldProblem = new ObjectSchema()
			.addProperty("field", new StringSchema().description("The field, e.g. address.zip or records[0]"))
			.addProperty("message", new StringSchema().description("What to change, for a person to read"));
		return new ObjectSchema()
			.description("An RFC 9457 problem document. Never carries the values that were sent.")
			.addProperty("type", new StringSchema().format("uri"))
			.addProperty("title", new StringSchema())
			.addProperty("status", new IntegerSchema())
			.addProperty("detail", new StringSchema())
			.addProperty("instance", new StringSchema().format("uri"))
			.addProperty("errors", new ArraySchema().items(fieldProblem)
				.description("For 400 and 422: each field that cannot be accepted"));
	}

	private static List<String> values(OneOf oneOf) {
		Set<String> except = Set.of(oneOf.except());
		return Arrays.stream(oneOf.value().getEnumConstants())
			.map(Enum::name)
			.filter(name -> !except.contains(name))
			.toList();
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static void constrain(Schema property, List<String> values) {
		Schema target = property.getItems() != null ? property.getItems() : property;
		target.setEnum(values);
	}
}
