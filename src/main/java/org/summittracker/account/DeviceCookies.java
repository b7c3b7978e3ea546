package org.summittracker.account;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP's defence against lockout): a browser that once signed in to an
 * account gets a signed cookie naming the account and a random nonce. Failed sign-ins
 * from such a browser count against that cookie alone, so a stranger guessing the
 * account's password slows down strangers, never the owner on a browser they have used
 * before. The cookie is HMAC-SHA256-signed with {@code summit.security.device-secret}
 * (random at each start when not set: then a restart makes every browser a stranger
 * again).
 */
@Component
class DeviceCookies {

	static final String NAME = "summit_device";

	private static final Duration LIFETIME = Duration.ofDays(180);

	private final byte[] secret;

	private final SecureRandom random = new SecureRandom();

	DeviceCookies(@Value("${summit.security.device-secret:}") String secret) {
		if (secret.isBlank()) {
			this.secret = new byte[32];
			this.random.nextBytes(this.secret);
		}
		else {
			this.secret = secret.getBytes(StandardCharsets.UTF_8);
		}
	}

	/**
	 * The nonce of this browser's device cookie for the account, if it has a valid one.
	 */
	Optional<String> nonce(HttpServletRequest request, String username) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (NAME.equals(cookie.getName())) {
				String[] parts = cookie.getValue().split("\\.");
				if (parts.length == 3
						&& MessageDigest.isEqual(parts[2].getBytes(StandardCharsets.US_ASCII),
								sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII))
						&& parts[0].equals(encode(username))) {
					return Optional.of(parts[1]);
				}
			}
		}
		return Optional.empty();
	}

	/** Gives the browser a fresh device cookie for the account it just signed in to. */
	void issue(HttpServletRequest request, HttpServletResponse response, String username) {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		String payload = encode(username) + "." + HexFormat.of().formatHex(nonce);
		ResponseCookie cookie = ResponseCookie.from(NAME, payload + "." + sign(payload))
			.path(request.getContextPath() + "/login")
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Strict")
			.maxAge(LIFETIME)
			.build();
		response.addHeader("Set-Cookie", cookie.toString());
	}

	private static String encode(String username) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(username.getBytes(StandardCharsets.UTF_8));
	}

	private String sign(String payload) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
