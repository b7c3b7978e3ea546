package org.summittracker.system;

import java.sql.SQLException;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.account.Role;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.RawHttp;
import org.summittracker.support.WebSession;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a hostile or merely odd client gets: bad input is a 400 page in the layout (a
 * problem document under /api), HEAD and OPTIONS are answered rather than sent to sign
 * in, every answer carries the security headers, and uploads past the limit get a 413
 * page.
 */
class HostileClientTest extends IntegrationTest {

	@ParameterizedTest
	@ValueSource(strings = { "/summits?organization=%zz", "/search?q=%", "/search?q=a%00b", "/leaders?nation=%c3%28",
			"/summits?page=2147483647", "/nations?page=-2147483648", "/summits?page=99999999999" })
	void badInputInTheAddressIsA400PageWithARequestId(String target) {
		RawHttp.Answer answer = RawHttp.send(this.port, "GET", target, Map.of("Accept", "text/html"), null);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("text/html");
		assertThat(answer.body()).contains("That link is not quite right")
			.contains("Reference for the administrator: " + answer.header("X-Request-Id"))
			.doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "/api/summits?organization=%zz", "/api/leaders?nation=%00", "/api/summits?page=2147483647" })
	void badInputToTheApiIsAProblemDocument(String target) {
		RawHttp.Answer answer = RawHttp.send(this.port, "GET", target, Map.of("Accept", "application/json"), null);

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
		assertThat(answer.body()).contains("\"status\":400").doesNotContain("Exception");
	}

	@Test
	void aNulByteInAFormFieldIsRefusedAsInvalidInput() {
		WebSession editor = signedIn(Role.EDITOR);
		Page form = editor.get("/admin/nations/new");
		String csrf = form.html().select("input[name=_csrf]").val();

		RawHttp.Answer answer = RawHttp.send(this.port, "POST", "/admin/nations",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html", "Cookie",
						"JSESSIONID=" + editor.cookie("JSESSIONID")),
				"_csrf=" + csrf + "&name=Null%00land&isoAlpha2=QN&isoAlpha3=QNL");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.body()).contains("That link is not quite right");
		assertThat(this.jdbc.queryForObject("select count(*) from nation where iso_alpha3 = 'QNL'", Long.class))
			.isZero();
	}

	@Test
	void restoringARevisionThatCannotExistIsA400() {
		WebSession editor = signedIn(Role.EDITOR);
		long nation = this.jdbc.queryForObject("select min(id) from nation", Long.class);
		String csrf = editor.get("/admin").html().select("meta[name=_csrf]").attr("content");

		WebSession.Response response = editor.post("/admin/history/nation/" + nation + "/restore",
				WebSession.fields("_csrf", csrf, "revision", "0", "version", "0"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.page().html().select("h1").text()).isEqualTo("That link is not quite right");
	}

	@Test
	void everyAnswerCarriesTheSecurityHeaders() {
		WebSession.Response page = anonymous().fetch("/summits");

		assertThat(page.header("Content-Security-Policy")).contains("object-src 'none'")
			.contains("base-uri 'self'")
			.contains("frame-ancestors 'none'")
			.contains("script-src 'self'");
		assertThat(page.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(page.header("Permissions-Policy")).contains("camera=()").contains("geolocation=()");
		assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void onlyPagesUnderEmbedMayBeFramedAndTheyAreReadOnly() {
		RawHttp.Answer embed = RawHttp.send(this.port, "GET", "/embed/anything", Map.of("Accept", "text/html"), null);
		RawHttp.Answer post = RawHttp.send(this.port, "POST", "/embed/anything", Map.of(), "");

		assertThat(embed.status()).isEqualTo(404);
		assertThat(embed.header("Content-Security-Policy")).contains("frame-ancestors *").contains("object-src 'none'");
		assertThat(embed.header("X-Frame-Options")).isNull();
		assertThat(post.status()).isEqualTo(403);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/summits", "/summits/sco-2024-astana", "/leaders", "/nations/kazakhstan",
			"/organizations/sco", "/summits.csv", "/api/summits", "/map" })
	void headAnswersLikeGetOnPublicPagesAndOptionsIsAnswered(String path) {
		RawHttp.Answer get = RawHttp.send(this.port, "GET", path, Map.of(), null);
		RawHttp.Answer head = RawHttp.send(this.port, "HEAD", path, Map.of(), null);
		RawHttp.Answer options = RawHttp.send(this.port, "OPTIONS", path, Map.of(), null);

		assertThat(get.status()).isEqualTo(200);
		assertThat(head.status()).isEqualTo(200);
		assertThat(head.header("Content-Type")).isEqualTo(get.header("Content-Type"));
		assertThat(head.body()).isEmpty();
		assertThat(options.status()).isEqualTo(200);
		assertThat(options.header("Allow")).contains("GET");
		assertThat(options.header("Location")).isNull();
	}

	@Test
	void anUploadPastTheLimitIsA413Page() {
		WebSession editor = signedIn(Role.EDITOR);
		String csrf = editor.get("/admin/imports").html().select("input[name=_csrf]").val();
		String boundary = "----hostile";
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"big.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n" + "x".repeat(4 * 1024 * 1024) + "\r\n--" + boundary + "--\r\n";

		RawHttp.Answer answer = RawHttp.send(this.port, "POST", "/admin/imports/preview",
				Map.of("Content-Type", "multipart/form-data; boundary=" + boundary, "Accept", "text/html", "Cookie",
						"JSESSIONID=" + editor.cookie("JSESSIONID")),
				body);

		assertThat(answer.status()).isEqualTo(413);
		assertThat(answer.header("Content-Type")).startsWith("text/html");
		assertThat(answer.body()).contains("That file is too large");
	}

	@Test
	void theDatabaseOutOfReachIsA503AndAValueItRefusesIsA400() {
		assertThat(
				Failures.statusOf(new CannotGetJdbcConnectionException("down", new SQLException("refused", "08001"))))
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(Failures.statusOf(new CannotCreateTransactionException("down",
				new java.sql.SQLTransientConnectionException("Connection is not available"))))
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(Failures.statusOf(new RuntimeException(new SQLException("terminating connection", "57P01"))))
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(Failures.statusOf(new DataIntegrityViolationException("bad", new SQLException("0x00", "22021"))))
			.isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(Failures.statusOf(new org.springframework.orm.jpa.JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed")))))
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(Failures.statusOf(new IllegalStateException("bug"))).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
	}

}
