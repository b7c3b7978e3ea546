package org.summittracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account, or the first admin at setup: username, name, role and the password typed
 * twice.
 */
public class AccountForm extends PasswordForm {

	@NotBlank
	@Pattern(regexp = "^[A-Za-z0-9._-]{3,60}$")
	private String username;

	@NotBlank
	@Size(max = 120)
	private String displayName;

	@NotNull
	private Role role = Role.EDITOR;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

}
