package org.casekeep.e2e;

import org.casekeep.e2e.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tasker form in the browser with the real Keycloak behind the directory: people and components are offered as
 * the clerk types (htmx fills the datalist from Keycloak's admin API), an unknown component is refused with a message
 * on the page, a real action officer is assigned by name, and cancelling asks for confirmation first.
 */
class TaskerDirectoryBrowserE2ETests extends BrowserTest {

	@Test
	void assigneesAreOfferedFromTheDirectoryUnknownOnesRefusedAndCancellingIsConfirmed() {
		browser.get(APP + "/correspondence/taskers/new");
		signIn("esec-clerk");
		affirmRulesOfBehavior();
		browser.get(APP + "/correspondence/taskers/new");

		WebElement search = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("assignee-search")));
		search.sendKeys("ice-");
		wait.until(ExpectedConditions.presenceOfElementLocated(
				By.cssSelector("#assignee-options option[value='ice-action@ICE']")));
		assertThat(browser.findElements(By.cssSelector("#assignee-options option[value='ice-liaison@ICE']")))
			.as("a CRM user answers no tasker").isEmpty();

		browser.findElement(By.id("subject")).sendKeys("Directory browser tasker");
		browser.findElement(By.id("assignees")).sendKeys("XYZ");
		submit(browser.findElement(By.id("subject")));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
				"There is no component XYZ in the Department"));

		WebElement assignees = browser.findElement(By.id("assignees"));
		assignees.clear();
		assignees.sendKeys("ice-action@ICE");
		submit(browser.findElement(By.id("subject")));
		wait.until(ExpectedConditions.urlMatches(".*/correspondence/taskers/[0-9a-f-]{36}$"));
		String tasker = browser.getCurrentUrl();
		assertThat(browser.getPageSource()).contains("ice-action (ICE)");

		browser.findElement(By.id("cancel-text")).sendKeys("Sent to the wrong person");
		submit(browser.findElement(By.id("cancel-text")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-cancel")));
		assertThat(browser.getCurrentUrl()).startsWith(tasker + "/cancel");
		browser.get(tasker);
		assertThat(browser.findElement(By.tagName("main")).getText()).doesNotContain("Cancelled");

		browser.findElement(By.id("cancel-text")).sendKeys("Sent to the wrong person");
		submit(browser.findElement(By.id("cancel-text")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-cancel"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Cancelled"));
	}
}
