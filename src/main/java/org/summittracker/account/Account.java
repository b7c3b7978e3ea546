package org.summittracker.account;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** Someone who may sign in and edit. Only a strong hash of the password is kept. */
@Entity
public class Account {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	private Instant createdAt = Instant.now();

	@Version
	private long version;

	protected Account() {
	}

	public Account(String username, String displayName, String passwordHash, Role role) {
		this.username = username;
		update(displayName, role);
		changePassword(passwordHash);
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	String getPasswordHash() {
		return this.passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

	void changePassword(String newHash) {
		this.passwordHash = newHash;
	}

	void update(String displayName, Role role) {
		this.displayName = displayName;
		this.role = role;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
