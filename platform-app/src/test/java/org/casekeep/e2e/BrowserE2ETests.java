package org.casekeep.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.casekeep.e2e.support.BrowserTest;
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
class BrowserE2ETests extends BrowserTest {


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
}
