package org.summittracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password, typed twice. */
public class PasswordForm {

	@NotBlank
	@Size(min = AccountService.MIN_PASSWORD_LENGTH, max = AccountService.MAX_PASSWORD_BYTES)
	private String password;

	private String passwordAgain;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getPasswordAgain() {
		return this.passwordAgain;
	}

	public void setPasswordAgain(String passwordAgain) {
		this.passwordAgain = passwordAgain;
	}

}
