package org.casekeep.e2e;

import java.net.http.HttpResponse;
import java.util.List;

import org.casekeep.e2e.support.ApiE2ETest;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Item-level permissions of taskers (FEMA ACT, ESTT) with real tokens from the real Keycloak for esec-clerk,
 * ice-action and cbp-action, both ways: a tasker assigned to one component leaves no trace for the other — not by
 * id, not in lists, not in dashboard counts.
 */
class TaskerPermissionsE2ETests extends ApiE2ETest {

	@Test
	void aTaskerAssignedToOneComponentIsInvisibleToTheOtherBothWays() throws Exception {
		String esec = keycloak.passwordToken("esec-clerk");
		String ice = keycloak.passwordToken("ice-action");
		String cbp = keycloak.passwordToken("cbp-action");
		long cbpTotalBefore = total(cbp);
		long iceTotalBefore = total(ice);

		String forIce = create(esec, "ICE");
		String forCbp = create(esec, "CBP");

		assertThat(send("GET", "/api/correspondence/taskers/" + forIce, ice).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/correspondence/taskers/" + forIce, cbp).statusCode()).isEqualTo(404);
		assertThat(send("GET", "/api/correspondence/taskers/" + forCbp, cbp).statusCode()).isEqualTo(200);
		assertThat(send("GET", "/api/correspondence/taskers/" + forCbp, ice).statusCode()).isEqualTo(404);

		assertThat(ids(send("GET", "/api/correspondence/taskers", ice).body())).contains(forIce).doesNotContain(forCbp);
		assertThat(ids(send("GET", "/api/correspondence/taskers", cbp).body())).contains(forCbp).doesNotContain(forIce);

		assertThat(total(ice)).isEqualTo(iceTotalBefore + 1);
		assertThat(total(cbp)).isEqualTo(cbpTotalBefore + 1);
		assertThat(send("GET", "/api/correspondence/taskers/" + forIce + "/history", cbp).statusCode()).isEqualTo(404);
	}

	private String create(String token, String component) throws Exception {
		HttpResponse<String> created = send("POST", "/api/correspondence/taskers", token, """
				{"subject":"Review the %s portion","instructions":"Please concur or not","businessDays":1,
				 "assignees":[{"component":"%s"}]}""".formatted(component, component));
		assertThat(created.statusCode()).isEqualTo(201);
		return JsonPath.read(created.body(), "$.id");
	}

	private long total(String token) throws Exception {
		HttpResponse<String> dashboard = send("GET", "/api/correspondence/taskers/dashboard", token);
		assertThat(dashboard.statusCode()).isEqualTo(200);
		return ((Number) JsonPath.read(dashboard.body(), "$.total")).longValue();
	}

	private static List<String> ids(String json) {
		return JsonPath.read(json, "$[*].id");
	}
}
