package org.casekeep.e2e.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
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
 * Browser tests against the real application on 127.0.0.1:18080 (the port the demo realm's web client accepts) and
 * the real Keycloak, in headless Debian Chromium. All browser tests share one application context: they inherit the
 * same configuration, so the fixed port is bound once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = "server.port=18080")
public abstract class BrowserTest {

	protected static final String APP = "http://127.0.0.1:18080";
	protected static WebDriver browser;
	protected static WebDriverWait wait;
	private static String axe;

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
				"--disable-sync", "--window-size=1280,2000",
				"--user-data-dir=" + Files.createTempDirectory("casekeep-chromium"));
		browser = new ChromeDriver(new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build(), options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(30));
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	/** Fills Keycloak's login form; the caller navigated to a protected page first. */
	protected static void signIn(String username) {
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("casekeep-demo");
		browser.findElement(By.id("kc-login")).click();
	}

	/** Affirms the three rules of behavior of CRM PIA 2.4, which every new web session must. */
	protected static void affirmRulesOfBehavior() {
		wait.until(ExpectedConditions.urlContains("/rules-of-behavior"));
		for (WebElement box : browser.findElements(By.cssSelector("input[type=checkbox]"))) {
			click(box);
		}
		submit(browser.findElement(By.cssSelector("input[type=checkbox]")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/rules-of-behavior")));
	}

	/**
	 * Logs out with the header's button. No cookie is cleared: the next protected page must ask for credentials
	 * again, which proves logout ended the Keycloak session too.
	 */
	protected static void signOut() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(":18080/crm")));
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(":18080/correspondence")));
	}

	/**
	 * Runs axe-core's WCAG 2.1 A and AA rules on the page shown and fails with every violation found, by rule and
	 * element. The rules are axe-core's own script, from the axe-core jar, injected into the page.
	 */
	@SuppressWarnings("unchecked")
	protected static void assertAccessible(String page) {
		JavascriptExecutor script = (JavascriptExecutor) browser;
		script.executeScript(axeSource());
		browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
		List<String> violations = (List<String>) script.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v => v.id + ' (' + v.help + '): '
				      + v.nodes.map(n => n.target.join(' ')).join(', '))))
				  .catch(error => done(['axe could not run: ' + error]));""");
		assertThat(violations).as("axe-core's WCAG 2.1 AA violations on %s", page).isEmpty();
	}

	private static synchronized String axeSource() {
		if (axe == null) {
			try (InputStream source = BrowserTest.class.getResourceAsStream("/axe.min.js")) {
				if (source == null) {
					throw new IllegalStateException("axe.min.js is not on the test classpath (the axe-core jar)");
				}
				axe = new String(source.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axe;
	}

	protected static void click(WebElement element) {
		((JavascriptExecutor) browser).executeScript("arguments[0].click()", element);
	}

	protected static void submit(WebElement fieldOfForm) {
		fieldOfForm.findElement(By.xpath("ancestor::form")).findElement(By.cssSelector("button[type=submit]")).click();
	}
}
