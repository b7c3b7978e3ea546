package org.summittracker.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The name an account's changes are signed with on the public history pages. */
public class NameForm {

	@NotBlank
	@Size(max = 120)
	private String displayName;

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

}
