package org.casekeep.correspondence.trackers;

import com.jayway.jsonpath.JsonPath;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The trackers' API as the tests call it. */
record TrackerApi(MockMvc mvc) {

	ResultActions create(TrackerUsers user, String type, String valuesJson) throws Exception {
		return mvc.perform(post("/api/correspondence/trackers/{type}/items", type).with(user.token())
			.contentType(MediaType.APPLICATION_JSON).content("{\"values\":" + valuesJson + "}"));
	}

	/** Creates an item and answers its id. */
	String created(TrackerUsers user, String type, String valuesJson) throws Exception {
		String body = create(user, type, valuesJson).andReturn().getResponse().getContentAsString();
		try {
			return JsonPath.read(body, "$.id");
		}
		catch (RuntimeException ex) {
			throw new AssertionError("Not created: " + body, ex);
		}
	}

	ResultActions read(TrackerUsers user, String type, String id) throws Exception {
		return mvc.perform(get("/api/correspondence/trackers/{type}/items/{id}", type, id).with(user.token()));
	}

	ResultActions advance(TrackerUsers user, String type, String id, String stage, String valuesJson)
			throws Exception {
		String current = read(user, type, id).andReturn().getResponse()
			.getContentAsString();
		Number version = current.contains("\"version\"") ? JsonPath.read(current, "$.version") : -1;
		return mvc.perform(post("/api/correspondence/trackers/{type}/items/{id}/stage", type, id).with(user.token())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"stage\":\"%s\",\"version\":%d,\"values\":%s}".formatted(stage, version.longValue(), valuesJson)));
	}

	/** Moves an item through the given stages, each step expected to succeed. */
	void through(TrackerUsers user, String type, String id, String... stages) throws Exception {
		for (String stage : stages) {
			int status = advance(user, type, id, stage, "{}").andReturn().getResponse().getStatus();
			if (status != 200) {
				throw new AssertionError("Moving " + type + " to " + stage + " answered " + status);
			}
		}
	}
}
