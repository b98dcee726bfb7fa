package org.casekeep.e2e;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.casekeep.e2e.support.ApiClient;
import org.casekeep.e2e.support.BrowserTest;
import org.casekeep.e2e.support.KeycloakServer;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import com.jayway.jsonpath.JsonPath;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of the public answers a survey in Spanish through the invitation link, without an account: the Privacy
 * Act Statement's five elements before the first question, the page in Spanish (Customer Research PIA 4.1, footnote
 * 4). The researcher then signs in, crosses the two questions and sees the table with the small group suppressed,
 * its audit passed (PIA 3.2, overview "Analysis and Outputs"): the three answers of the rare gender, one of them the
 * respondent's, are nowhere on the page.
 */
class ResearchBrowserE2ETests extends BrowserTest {

	static final String STUDIES = "/api/research/studies";

	@Test
	void aSpanishRespondentAnswersThenTheResearcherSeesTheReportWithTheSmallGroupSuppressed() throws Exception {
		KeycloakServer keycloak = KeycloakServer.get();
		ApiClient api = new ApiClient(APP);
		String researcher = keycloak.passwordToken("researcher");
		String approver = keycloak.passwordToken("research-approver");
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));

		// A study of the public with every gate closed by its own role, and its wave open.
		String study = JsonPath.read(created(api.send("POST", STUDIES, researcher, """
				{"title":"Encuesta del centro de visitantes","method":"SURVEY","purpose":"Improve the visitor centre",
				 "population":"GENERAL_PUBLIC","federalEmployeesOnly":false,"plannedParticipants":"500",
				 "startsOn":"%s","endsOn":"%s","vendorTool":null}""".formatted(today, today.plusMonths(6)))), "$.id");
		String path = STUDIES + "/" + study;
		ok(api.send("POST", path + "/pta/submission", researcher));
		ok(api.send("POST", path + "/pta/review", keycloak.passwordToken("uscis-privacy")));
		ok(api.send("POST", path + "/pta/approval", approver));
		ok(api.send("PUT", path + "/clearance", researcher, """
				{"ombControlNumber":"1601-0001","ombExpiresOn":"%s","icrRetention":"P3Y","federalRegisterNoticeOn":"%s"}"""
			.formatted(today.plusYears(2), today.minusDays(45))));
		String instrument = path + "/instruments/"
				+ JsonPath.read(created(api.send("POST", path + "/instruments", researcher,
						"{\"title\":\"Cuestionario\"}")), "$.id");
		created(api.send("POST", instrument + "/questions", researcher, """
				{"kind":"DEMOGRAPHIC","demographic":"GENDER","text":"¿Cuál es su género?",
				 "choices":["Mujer","Hombre","Otro género"]}"""));
		created(api.send("POST", instrument + "/questions", researcher,
				"{\"kind\":\"YES_NO\",\"text\":\"¿Encontró lo que buscaba?\"}"));
		List<String> questions = JsonPath.read(api.send("GET", instrument, researcher).body(), "$.questions[*].id");
		String gender = questions.get(0);
		String found = questions.get(1);
		ok(api.send("PUT", instrument + "/notice", researcher, """
				{"authority":"44 U.S.C. 3501; E.O. 12862","purpose":"Mejorar el centro de visitantes",
				 "routineUses":"Usos rutinarios de DHS/ALL-002","voluntary":"Responder es voluntario.",
				 "effects":"No responder no afecta ningún servicio del DHS."}"""));
		ok(api.send("POST", instrument + "/approval", approver));
		created(api.send("POST", path + "/waves", researcher));

		// Paper answers keyed in by staff: 33 women, 29 men and two of another gender.
		keyIn(api, researcher, path, gender, found, "Mujer", "YES", 20);
		keyIn(api, researcher, path, gender, found, "Mujer", "NO", 13);
		keyIn(api, researcher, path, gender, found, "Hombre", "YES", 15);
		keyIn(api, researcher, path, gender, found, "Hombre", "NO", 14);
		keyIn(api, researcher, path, gender, found, "Otro género", "YES", 2);
		created(api.send("POST", path + "/participants", researcher, """
				{"name":"Lucía Ramírez","email":"lucia.ramirez@example.org","phone":null}"""));
		String link = JsonPath.<List<String>>read(created(api.send("POST", path + "/invitations", researcher, "{}")),
				"$[*].link").getFirst();

		// The respondent, in Spanish, without an account.
		browser.manage().deleteAllCookies();
		browser.get(APP + link + "?lang=es");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("answers")));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		String page = browser.getPageSource();
		assertThat(page.indexOf("Declaración de la Ley de Privacidad")).as("the statement before the first question")
			.isPositive().isLessThan(page.indexOf("¿Cuál es su género?"));
		assertThat(page).contains("Mejorar el centro de visitantes", "Responder es voluntario.");
		assertAccessible("the answer page in Spanish");
		click(browser.findElement(By.cssSelector("input[name='q-" + gender + "'][value='Otro género']")));
		click(browser.findElement(By.cssSelector("input[name='q-" + found + "'][value='YES']")));
		// A person takes longer than the bot trap's minimum to answer.
		Thread.sleep(Duration.ofSeconds(4));
		buttonCalled("Enviar mis respuestas").click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Recibimos sus respuestas"));
		assertThat(browser.getPageSource()).doesNotContain("Lucía").doesNotContain("lucia.ramirez");
		assertAccessible("the thank-you page in Spanish");

		// The researcher crosses the two questions and reads the protected table.
		browser.manage().deleteAllCookies();
		browser.get(APP + "/research/studies/" + study + "/report");
		signIn("researcher");
		affirmRulesOfBehavior();
		browser.get(APP + "/research/studies/" + study + "/report");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='questionIds']")));
		for (WebElement question : browser.findElements(By.cssSelector("input[name='questionIds']"))) {
			if (List.of(gender, found).contains(question.getAttribute("value"))) {
				click(question);
			}
		}
		buttonCalled("Add the table").click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("audit")));

		WebElement rare = browser.findElement(By.xpath("//table//tr[th[normalize-space()='Otro género']]"));
		List<String> rareCells = rare.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
		assertThat(rareCells).as("the row of the two keyed-in answers and the respondent's").contains("suppressed")
			.doesNotContain("3", "2", "1");
		// The grand total is published: 64 keyed in and the respondent's.
		assertThat(browser.findElements(By.cssSelector("table td")).stream().map(WebElement::getText))
			.contains("65");
		assertThat(browser.findElement(By.id("audit")).getText()).contains("passed");
		assertAccessible("the study's report");
	}

	private static void keyIn(ApiClient api, String token, String path, String gender, String found, String choice,
			String answer, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			created(api.send("POST", path + "/answers", token,
					"{\"q-%s\":[\"%s\"],\"q-%s\":[\"%s\"]}".formatted(gender, choice, found, answer)));
		}
	}

	private static WebElement buttonCalled(String text) {
		return browser.findElement(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private static String created(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
		return response.body();
	}

	private static void ok(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}
}
