package org.casekeep.e2e;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import org.casekeep.e2e.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CRM PIA's own typical transaction in the browser (headless Debian Chromium, real Keycloak): ICE meets Texas
 * stakeholders at a conference and records who attended; later PSO asks how many stakeholders DHS has per state and
 * FEMA region on that issue, finds Texas covered and New Mexico with nobody, and sees that ICE holds the relationship
 * with the Texan who attended (CRM PIA overview, 1.1 items 3 and 4, 2.2).
 */
class OutreachStoryBrowserE2ETests extends BrowserTest {

	@Test
	void iceRecordsAConferenceAndPsoFindsTheStatesOfTheRegionWhereDhsHasNobodyOnTheIssue() {
		String suffix = letters();
		String issue = "Worksite enforcement " + suffix;

		// A CRM administrator adds the issue the conference is about.
		browser.get(APP + "/crm/admin/issues");
		signIn("pso-admin");
		affirmRulesOfBehavior();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-label"))).sendKeys(issue);
		submit(browser.findElement(By.id("new-label")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), issue));
		signOut();

		// ICE records a Texan stakeholder, the conference, and the stakeholder's attendance.
		browser.get(APP + "/crm/individuals/new");
		signIn("ice-liaison");
		affirmRulesOfBehavior();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("firstName"))).sendKeys("Rosalind");
		browser.findElement(By.id("lastName")).sendKeys("Tejada" + suffix);
		browser.findElement(By.id("address.street1")).sendKeys("1 Main St");
		browser.findElement(By.id("address.city")).sendKeys("El Paso");
		browser.findElement(By.id("address.zip")).sendKeys("79901");
		new Select(browser.findElement(By.id("address.state"))).selectByValue("TX");
		check(issue);
		submit(browser.findElement(By.id("firstName")));
		wait.until(driver -> driver.getCurrentUrl().matches(".*/crm/individuals/[0-9a-f-]{36}$")
				|| !driver.findElements(By.id("error-summary-heading")).isEmpty());
		assertThat(browser.findElements(By.id("error-summary-heading"))).as(() -> browser.findElement(By.tagName("main"))
			.getText()).isEmpty();
		String individualUrl = browser.getCurrentUrl();

		browser.get(APP + "/crm/engagements/new");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("name"))).sendKeys("Texas stakeholder conference");
		// A date input takes keys in the browser's locale; its value is the ISO date whatever the locale.
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
				browser.findElement(By.id("heldOn")), LocalDate.now(ZoneOffset.UTC).minusDays(1).toString());
		browser.findElement(By.id("location")).sendKeys("Austin, TX");
		check(issue);
		submit(browser.findElement(By.id("name")));
		wait.until(ExpectedConditions.urlMatches(".*/crm/engagements/[0-9a-f-]{36}.*"));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendee-search"))).sendKeys("Tejada" + suffix);
		submit(browser.findElement(By.id("attendee-search")));
		WebElement attendee = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("attendee")));
		new Select(attendee).selectByIndex(1);
		submit(browser.findElement(By.id("attendee")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("attendees"), "Rosalind Tejada" + suffix));
		signOut();

		// A month later PSO asks where DHS stands on the issue, by FEMA region.
		browser.get(APP + "/crm/reports/outreach");
		signIn("pso-analyst");
		affirmRulesOfBehavior();
		Select issueChoice = new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("issue"))));
		issueChoice.selectByVisibleText(issue);
		click(browser.findElement(By.id("view-region")));
		submit(browser.findElement(By.id("issue")));
		awaitReportCounting("state-TX", "1");

		assertThat(cell("state-TX", 1)).as("Texas: the individual who attended").isEqualTo("1");
		assertThat(cell("state-TX", 3)).as("Texas: the conference is an interaction").isEqualTo("1");
		assertThat(browser.findElement(By.id("state-NM")).getText()).contains("New Mexico").containsIgnoringCase("nobody");
		assertThat(cell("state-NM", 1)).isEqualTo("0");
		WebElement regionSix = browser.findElement(By.id("region-VI"));
		assertThat(regionSix.getText()).contains("Texas").contains("New Mexico").contains("Oklahoma");
		assertThat(browser.findElement(By.id("outreach-gaps")).getText()).contains("New Mexico");
		assertThat(browser.findElement(By.id("outreach-map")).findElement(By.cssSelector("g[data-state=TX] title"))
			.getAttribute("textContent")).contains("1 stakeholders");

		// … and sees who holds the relationship with the Texan, to coordinate with ICE.
		browser.get(individualUrl);
		String coordination = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("coordination"))).getText();
		assertThat(coordination).contains("ICE").contains("ice-liaison");
	}

	/** The report counts from tallies updated after each commit; reload until the row shows the count. */
	private static void awaitReportCounting(String rowId, String individuals) {
		Instant until = Instant.now().plus(Duration.ofSeconds(20));
		while (!individuals.equals(cellOnceLoaded(rowId, 1))) {
			assertThat(Instant.now()).as("the outreach report counted the new stakeholder").isBefore(until);
			browser.navigate().refresh();
			wait.until(ExpectedConditions.presenceOfElementLocated(By.id(rowId)));
		}
	}

	/** The cell, or {@literal null} while the page that was submitted still replaces the one shown. */
	private static String cellOnceLoaded(String rowId, int column) {
		try {
			return cell(rowId, column);
		}
		catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException replaced) {
			return null;
		}
	}

	private static String cell(String rowId, int column) {
		return browser.findElement(By.id(rowId)).findElements(By.xpath("./*")).get(column).getText().strip();
	}

	private static void check(String label) {
		WebElement box = browser.findElement(By.xpath("//label[normalize-space()='" + label + "']"));
		click(browser.findElement(By.id(box.getAttribute("for"))));
	}

	private static String letters() {
		StringBuilder name = new StringBuilder();
		for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
			name.append((char) ('a' + Character.digit(c, 16)));
		}
		return name.toString();
	}
}
