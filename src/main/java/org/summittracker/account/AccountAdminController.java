package org.summittracker.account;

import java.nio.charset.StandardCharsets;

import jakarta.validation.Valid;
import org.summittracker.system.ConstraintMessages;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Admins create accounts, change their role, disable them and reset passwords. */
@Controller
record AccountAdminController(AccountService accounts) {

	static final String LIST_VIEW = "account/list";

	static final String FORM_VIEW = "account/form";

	static final String PASSWORD_VIEW = "account/password";

	static final String NAME_VIEW = "account/name";

	/**
	 * The rules a password form has beyond its annotations: typed the same twice, and no
	 * longer than bcrypt reads (72 bytes: fewer characters when they are not ASCII).
	 */
	static void checkPassword(PasswordForm form, BindingResult result) {
		if (form.getPassword() != null && !result.hasFieldErrors("password")
				&& form.getPassword().getBytes(StandardCharsets.UTF_8).length > AccountService.MAX_PASSWORD_BYTES) {
			result.rejectValue("password", "account.password.tooLong",
					new Object[] { AccountService.MAX_PASSWORD_BYTES }, null);
		}
		if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordAgain())) {
			result.rejectValue("passwordAgain", "account.password.mismatch");
		}
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.all());
		return LIST_VIEW;
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model) {
		model.addAttribute("accountForm", new AccountForm());
		model.addAttribute("roles", Role.values());
		return FORM_VIEW;
	}

	@PostMapping("/admin/accounts")
	String create(@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		checkPassword(form, result);
		if (form.getUsername() != null && !result.hasFieldErrors("username")
				&& this.accounts.exists(form.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
		if (result.hasErrors()) {
			model.addAttribute("roles", Role.values());
			return FORM_VIEW;
		}
		Account account = this.accounts.create(form.getUsername(), form.getDisplayName(), form.getPassword(),
				form.getRole());
		redirect.addFlashAttribute("flashMessage", "account.created");
		redirect.addFlashAttribute("flashArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/role")
	String changeRole(@PathVariable Long id, @RequestParam Role role, Authentication me, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (account.getUsername().equals(me.getName()) && role != Role.ADMIN) {
			redirect.addFlashAttribute("flashError", "account.self.demote");
			return "redirect:/admin/accounts";
		}
		this.accounts.changeRole(id, role);
		redirect.addFlashAttribute("flashMessage", "account.updated");
		redirect.addFlashAttribute("flashArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

	@PostMapping("/admin/accounts/{id}/enabled")
	String setEnabled(@PathVariable Long id, @RequestParam boolean enabled, Authentication me,
			RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (account.getUsername().equals(me.getName()) && !enabled) {
			redirect.addFlashAttribute("flashError", "account.self.disable");
			return "redirect:/admin/accounts";
		}
		this.accounts.setEnabled(id, enabled);
		redirect.addFlashAttribute("flashMessage", enabled ? "account.enabled" : "account.disabled");
		redirect.addFlashAttribute("flashArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

	@GetMapping("/admin/accounts/{id}/name")
	String nameForm(@PathVariable Long id, Model model) {
		Account account = this.accounts.get(id);
		NameForm form = new NameForm();
		form.setDisplayName(account.getDisplayName());
		model.addAttribute("account", account);
		model.addAttribute("nameForm", form);
		return NAME_VIEW;
	}

	@PostMapping("/admin/accounts/{id}/name")
	String rename(@PathVariable Long id, @Valid @ModelAttribute("nameForm") NameForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			return NAME_VIEW;
		}
		try {
			this.accounts.rename(id, form.getDisplayName());
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			// another admin changed the account meanwhile: show the name it has now
			redirect.addFlashAttribute("flashError", "account.changedMeanwhile");
			return "redirect:/admin/accounts/" + id + "/name";
		}
		catch (DataIntegrityViolationException ex) {
			ConstraintMessages.reject(ex, result);
			model.addAttribute("account", account);
			return NAME_VIEW;
		}
		redirect.addFlashAttribute("flashMessage", "account.updated");
		redirect.addFlashAttribute("flashArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

	@GetMapping("/admin/accounts/{id}/password")
	String passwordForm(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.accounts.get(id));
		model.addAttribute("passwordForm", new PasswordForm());
		return PASSWORD_VIEW;
	}

	@PostMapping("/admin/accounts/{id}/password")
	String resetPassword(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Account account = this.accounts.get(id);
		checkPassword(form, result);
		if (result.hasErrors()) {
			model.addAttribute("account", account);
			return PASSWORD_VIEW;
		}
		this.accounts.resetPassword(id, form.getPassword());
		redirect.addFlashAttribute("flashMessage", "account.password.reset");
		redirect.addFlashAttribute("flashArgument", account.getUsername());
		return "redirect:/admin/accounts";
	}

}
