package org.summittracker.account;

import org.summittracker.system.ErrorPages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The one-time page that creates the first admin when none was configured. */
@Controller
record SetupController(FirstAdmin firstAdmin) {

	static final String VIEW = "account/setup";

	@GetMapping("/setup")
	String form(@RequestParam(name = "token", required = false) String token, Model model,
			HttpServletResponse response) {
		if (!this.firstAdmin.acceptsSetupToken(token)) {
			return notFound(model, response);
		}
		AccountForm form = new AccountForm();
		form.setRole(Role.ADMIN);
		model.addAttribute("accountForm", form);
		model.addAttribute("token", token);
		return VIEW;
	}

	@PostMapping("/setup")
	String create(@RequestParam(name = "token", required = false) String token,
			@Valid @ModelAttribute("accountForm") AccountForm form, BindingResult result, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (!this.firstAdmin.acceptsSetupToken(token)) {
			return notFound(model, response);
		}
		AccountAdminController.checkPassword(form, result);
		if (result.hasErrors()) {
			model.addAttribute("token", token);
			return VIEW;
		}
		this.firstAdmin.createFromSetup(form.getUsername(), form.getDisplayName(), form.getPassword());
		redirect.addFlashAttribute("flashMessage", "account.setup.done");
		return "redirect:/login";
	}

	/** Without the token the page does not exist, as any unknown address. */
	private static String notFound(Model model, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		model.addAttribute("status", HttpServletResponse.SC_NOT_FOUND);
		return ErrorPages.VIEW;
	}

}
