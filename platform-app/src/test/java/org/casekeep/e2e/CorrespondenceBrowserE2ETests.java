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
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Executive Secretariat's day in the browser: a scanned letter with an SSN is taken in, the SSN redacted, a
 * tasker sent to ICE and CBP, ICE concurs and CBP does not, and the answers are compiled by one clerk, cleared by another and dispatched.
 */
class CorrespondenceBrowserE2ETests extends BrowserTest {

	static final String SSN = "123-45-6789";

	@Test
	void letterWithAnSsnIsRedactedTaskedToTwoComponentsAnsweredCompiledAndDispatched() throws Exception {
		Path letter = scannedLetter("Dear Secretary, my SSN is " + SSN + ". Please review my benefit case.");

		browser.get(APP + "/correspondence/intake/new");
		signInAndAffirm("esec-clerk");
		new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("channel")))).selectByValue("POSTAL_MAIL");
		new Select(browser.findElement(By.id("sourceType"))).selectByValue("PUBLIC");
		browser.findElement(By.id("subject")).sendKeys("Benefit case question");
		browser.findElement(By.id("lastName")).sendKeys("Marsh");
		browser.findElement(By.id("email")).sendKeys("r.marsh@example.org");
		browser.findElement(By.id("files")).sendKeys(letter.toString());
		submit(browser.findElement(By.id("subject")));

		wait.until(ExpectedConditions.urlContains("/review"));
		assertThat(browser.getPageSource()).doesNotContain(SSN);
		for (WebElement redact : browser.findElements(By.cssSelector("input[type=radio][value=REDACT]"))) {
			click(redact);
		}
		submit(browser.findElement(By.cssSelector("input[type=radio][value=REDACT]")));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("create-tasker")));
		assertThat(browser.getPageSource()).doesNotContain(SSN).contains("REDACT");
		browser.findElement(By.id("create-tasker")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("businessDays")));
		browser.findElement(By.id("subject")).sendKeys("Answer the benefit case letter");
		browser.findElement(By.id("businessDays")).clear();
		browser.findElement(By.id("businessDays")).sendKeys("5");
		browser.findElement(By.id("assignees")).sendKeys("ICE, CBP");
		submit(browser.findElement(By.id("subject")));
		wait.until(ExpectedConditions.urlMatches(".*/correspondence/taskers/[0-9a-f-]{36}$"));
		String tasker = browser.getCurrentUrl();

		answerAs("ice-action", tasker, "CONCUR", "");
		answerAs("cbp-action", tasker, "NON_CONCUR", "CBP does not handle benefit cases; refer to USCIS.");

		signOutIfSignedIn();
		browser.get(tasker);
		signInAndAffirm("esec-clerk");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("compiled-text")));
		assertThat(browser.getPageSource()).contains("refer to USCIS");
		browser.findElement(By.id("compiled-text")).sendKeys("ICE concurs; CBP refers the question to USCIS.");
		submit(browser.findElement(By.id("compiled-text")));
		// Separation of duties: who compiled the response does not clear it; the lead of the office does.
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Executive Secretariat: waiting"));
		signOutIfSignedIn();
		browser.get(tasker);
		signInAndAffirm("esec-lead");
		clickButton("Clear: Executive Secretariat");
		clickButton("Dispatch the response");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Dispatched"));
	}

	private static void answerAs(String username, String tasker, String kind, String text) {
		signOutIfSignedIn();
		browser.get(tasker);
		signInAndAffirm(username);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=radio][value=" + kind + "]")));
		WebElement choice = browser.findElement(By.cssSelector("input[type=radio][value=" + kind + "]"));
		click(choice);
		WebElement form = choice.findElement(By.xpath("ancestor::form"));
		if (!text.isEmpty()) {
			form.findElement(By.tagName("textarea")).sendKeys(text);
		}
		form.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.stalenessOf(form));
	}

	private static void signInAndAffirm(String username) {
		signIn(username);
		affirmRulesOfBehavior();
	}

	private static void signOutIfSignedIn() {
		if (browser.getCurrentUrl().startsWith(APP)) {
			signOut();
		}
	}

	private static void clickButton(String label) {
		WebElement button = wait.until(ExpectedConditions.presenceOfElementLocated(
				By.xpath("//button[normalize-space()='" + label + "']")));
		button.click();
		wait.until(ExpectedConditions.stalenessOf(button));
	}

	/** A letter as a PDF file on disk, for the browser's file input. */
	private static Path scannedLetter(String text) throws Exception {
		Path file = Files.createTempFile("letter", ".pdf");
		Files.write(file, org.casekeep.kernel.testing.Documents.pdf(text));
		return file;
	}
}
