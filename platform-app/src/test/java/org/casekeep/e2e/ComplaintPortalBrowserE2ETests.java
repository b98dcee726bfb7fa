package org.casekeep.e2e;

import java.time.Duration;
import java.util.List;

import org.casekeep.e2e.support.BrowserTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in detention's family member, in Spanish and without an account, files an anonymous complaint on the
 * public portal (OIDO PIA 2.2, footnote 2), keeps the case number and receipt code shown once, then comes back and
 * checks the status with them and adds information (PIA 2.4). Nothing personal is ever in the address bar; a wrong
 * code gives nothing away.
 */
class ComplaintPortalBrowserE2ETests extends BrowserTest {

	@Test
	void aSpanishAnonymousComplaintThroughThePortalThenItsStatusWithTheReceiptCode() throws Exception {
		browser.manage().deleteAllCookies();
		browser.get(APP + "/public?lang=es");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href$='/public/detention/complaint']")));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
		browser.findElement(By.cssSelector("a.usa-button[href$='/public/detention/complaint']")).click();

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("description")));
		String page = browser.getPageSource();
		assertThat(page.indexOf("Declaración de la Ley de Privacidad")).as("the statement before the first field")
			.isPositive().isLessThan(page.indexOf("id=\"anonymous1\""));
		assertThat(browser.findElement(By.cssSelector("label[for='aNumber']")).getText()).contains("(opcional)");
		assertAccessible("the complaint form in Spanish");

		click(browser.findElement(By.id("anonymous1")));
		browser.findElement(By.id("stays0.facility")).sendKeys("Centro de Procesamiento de Otero");
		browser.findElement(By.id("incidentDate")).sendKeys("2026-11-20");
		browser.findElement(By.id("description")).sendKeys(
				"A mi hermano no le dan su insulina desde hace una semana y nadie le explica nada en español.");
		for (WebElement category : browser.findElements(By.cssSelector("input[name='categories']"))) {
			if (List.of("MEDICAL", "LANGUAGE_ACCESS").contains(category.getAttribute("value"))) {
				click(category);
			}
		}
		click(browser.findElement(By.id("consentToInvestigate1")));
		// A person takes longer than the bot trap's minimum to fill in a form.
		Thread.sleep(Duration.ofSeconds(4));
		submit(browser.findElement(By.id("description")));

		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receipt-code")));
		assertThat(browser.getCurrentUrl()).endsWith("/public/detention/complaint/received");
		assertThat(browser.getPageSource()).contains("Esta es la única vez que mostramos el código de recibo");
		String caseNumber = browser.findElement(By.id("case-number")).getText();
		String code = browser.findElement(By.id("receipt-code")).getText();
		assertThat(caseNumber).matches("OIDO-\\d{4}-\\d{6}");
		assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
		assertAccessible("the receipt page in Spanish");
		// Shown once: coming back to the page does not show it again.
		browser.navigate().refresh();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("description")));
		assertThat(browser.getPageSource()).doesNotContain(code);

		// A wrong code gives nothing away.
		browser.get(APP + "/public/detention/status");
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("receiptCode")));
		browser.findElement(By.id("caseNumber")).sendKeys(caseNumber);
		browser.findElement(By.id("receiptCode")).sendKeys("7K3Q-M9PX-2D4T-HV8C-R6WN");
		submit(browser.findElement(By.id("receiptCode")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("not-found")));
		assertThat(browser.findElement(By.id("not-found")).getText()).contains("No encontramos ninguna queja");

		// The right code, typed loosely, shows the status in plain words.
		browser.findElement(By.id("receiptCode")).clear();
		browser.findElement(By.id("receiptCode")).sendKeys(code.toLowerCase().replace("-", " "));
		submit(browser.findElement(By.id("receiptCode")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
		assertThat(browser.getCurrentUrl()).endsWith("/public/detention/status/case").doesNotContain(code)
			.doesNotContain(caseNumber);
		assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Recibida. Está a la espera de revisión.");
		assertThat(browser.getPageSource()).doesNotContain("insulina");
		assertAccessible("the status page in Spanish");

		browser.findElement(By.id("text")).sendKeys("Hoy lo llevaron a la enfermería, pero sin intérprete.");
		submit(browser.findElement(By.id("text")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("added")));
		assertThat(browser.findElement(By.id("added")).getText()).contains("Agregamos lo que envió a la queja");
	}
}
