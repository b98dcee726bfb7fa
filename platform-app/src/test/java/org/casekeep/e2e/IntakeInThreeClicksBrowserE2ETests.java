package org.casekeep.e2e;

import org.casekeep.e2e.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * From "New correspondence" to an assigned tasker in at most three clicks and three page loads (the incumbent was
 * dropped over "more than 15 clicks to process a single e-mail"), for a letter whose SSN must be redacted first: the
 * clerk opens the form, takes the letter in with its assignee, and redacts every finding with one choice.
 */
class IntakeInThreeClicksBrowserE2ETests extends BrowserTest {

	static final int MOST = 3;

	int clicks;

	int pageLoads;

	@Test
	void aLetterWithAnSsnGoesFromNewCorrespondenceToAnAssignedTaskerInThreeClicks() {
		browser.get(APP + "/correspondence");
		signIn("esec-clerk");
		affirmRulesOfBehavior();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/correspondence/intake/new']")));
		String subject = "Visa backlog question " + System.nanoTime();

		clickAndLoad(browser.findElement(By.cssSelector("a[href='/correspondence/intake/new']")));
		new Select(browser.findElement(By.id("channel"))).selectByValue("EMAIL");
		new Select(browser.findElement(By.id("sourceType"))).selectByValue("PUBLIC");
		browser.findElement(By.id("subject")).sendKeys(subject);
		browser.findElement(By.id("body")).sendKeys("My SSN is 123-45-6789; when will my visa be decided?");
		browser.findElement(By.id("lastName")).sendKeys("Okafor");
		browser.findElement(By.id("assignAssignees")).sendKeys("ICE");
		clickAndLoad(browser.findElement(By.xpath("//button[normalize-space()='Take in']")));

		assertThat(browser.getCurrentUrl()).contains("/review");
		assertThat(browser.getPageSource()).doesNotContain("123-45-6789");
		clickAndLoad(browser.findElement(By.xpath("//button[normalize-space()='Redact all and assign']")));

		assertThat(browser.getCurrentUrl()).matches(".*/correspondence/taskers/[0-9a-f-]{36}$");
		String tasker = browser.findElement(By.tagName("main")).getText();
		assertThat(tasker).contains(subject).contains("Assigned").contains("ICE").doesNotContain("123-45-6789");
		assertThat(clicks).as("clicks from New correspondence to the assigned tasker").isLessThanOrEqualTo(MOST);
		assertThat(pageLoads).as("page loads from New correspondence to the assigned tasker").isLessThanOrEqualTo(MOST);
	}

	/** Clicks and waits for the next document: its old one goes stale. Redirects are part of the same load. */
	private void clickAndLoad(WebElement target) {
		WebElement page = browser.findElement(By.tagName("html"));
		target.click();
		clicks++;
		wait.until(ExpectedConditions.stalenessOf(page));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
		pageLoads++;
	}
}
