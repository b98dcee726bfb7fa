package org.casekeep.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.casekeep.e2e.support.KeycloakServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's day in the browser (headless Debian Chromium): sign in through Keycloak, affirm the rules of behavior,
 * add an individual, sign out; a user of another component then sees the same record with cell phone and email
 * masked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18080")
class BrowserE2ETests {

	static final String APP = "http://127.0.0.1:18080";
	static WebDriver browser;
	static WebDriverWait wait;

	@DynamicPropertySource
	static void keycloak(DynamicPropertyRegistry registry) {
		registry.add("casekeep.keycloak.url", () -> KeycloakServer.get().baseUrl());
	}

	@BeforeAll
	static void openBrowser() throws Exception {
		ChromeOptions options = new ChromeOptions();
		options.setBinary("/usr/bin/chromium");
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--window-size=1280,1600",
				"--user-data-dir=" + Files.createTempDirectory("casekeep-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void loginAcknowledgeCreateThenAnotherComponentSeesTheRecordMasked() {
		browser.get(APP + "/crm/individuals/new");
		signIn("ice-liaison");
		affirmRulesOfBehavior();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("firstName")));
		browser.findElement(By.id("firstName")).sendKeys("Grace");
		browser.findElement(By.id("lastName")).sendKeys("Holloway");
		browser.findElement(By.id("cellPhone")).sendKeys("(602) 555-0188");
		browser.findElement(By.id("email")).sendKeys("grace.holloway@example.org");
		submit(browser.findElement(By.id("firstName")));

		wait.until(ExpectedConditions.urlMatches(".*/crm/individuals/[0-9a-f-]{36}$"));
		String recordUrl = browser.getCurrentUrl();
		assertThat(browser.getPageSource()).contains("Holloway").contains("555-0188").contains("grace.holloway@example.org");

		signOut();
		browser.get(recordUrl);
		signIn("pso-analyst");
		affirmRulesOfBehavior();
		// Spring Security marks the saved request it resumes with "?continue".
		wait.until(ExpectedConditions.urlContains(recordUrl));
		String page = browser.getPageSource();
		assertThat(page).contains("Holloway").contains("Restricted");
		assertThat(page).doesNotContain("555-0188").doesNotContain("grace.holloway@example.org");
		assertThat(sessionAuditFor("ice-liaison")).contains("LOGIN", "ACKNOWLEDGEMENT", "LOGOUT");
		assertThat(sessionAuditFor("pso-analyst")).contains("LOGIN", "ACKNOWLEDGEMENT");
	}

	private static java.util.List<String> sessionAuditFor(String username) {
		java.util.List<String> actions = new java.util.ArrayList<>();
		try (java.sql.Connection db = org.casekeep.testing.Database.superuser();
				java.sql.ResultSet rs = db.createStatement().executeQuery(
						"select action from kernel.audit_entry where chain = 'security' and actor = '" + username + "'")) {
			while (rs.next()) {
				actions.add(rs.getString(1));
			}
		}
		catch (java.sql.SQLException ex) {
			throw new IllegalStateException(ex);
		}
		return actions;
	}

	private static void signIn(String username) {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("casekeep-demo");
		browser.findElement(By.id("kc-login")).click();
	}

	private static void affirmRulesOfBehavior() {
		wait.until(ExpectedConditions.urlContains("/rules-of-behavior"));
		for (WebElement box : browser.findElements(By.cssSelector("input[type=checkbox]"))) {
			((JavascriptExecutor) browser).executeScript("arguments[0].click()", box);
		}
		submit(browser.findElement(By.cssSelector("input[type=checkbox]")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/rules-of-behavior")));
	}

	private static void signOut() {
		WebElement logout = browser.findElement(By.cssSelector("form[action$='/logout'] button"));
		logout.click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(":18080/crm")));
		// No cookie is cleared here: the next protected page must ask for credentials again, which proves that
		// logout ended the Keycloak session too (otherwise single sign-on would log the browser straight back in).
	}

	private static void submit(WebElement fieldOfForm) {
		WebElement form = fieldOfForm.findElement(By.xpath("ancestor::form"));
		form.findElement(By.cssSelector("button[type=submit]")).click();
	}
}
