package org.summittracker.insight;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Attendance matrices: nations by an organization's summits, or by every summit of a
 * year.
 */
@Controller
class MatrixController {

	static final String MATRIX_VIEW = "insight/matrix";

	private final Matrices matrices;

	MatrixController(Matrices matrices) {
		this.matrices = matrices;
	}

	@GetMapping("/organizations/{slug}/matrix")
	String organization(@PathVariable String slug, Model model) {
		model.addAttribute("page", this.matrices.of(slug));
		return MATRIX_VIEW;
	}

	@GetMapping("/matrix")
	String year(@RequestParam(name = "year", required = false) Integer year, Model model) {
		model.addAttribute("page", this.matrices.ofYear(year));
		model.addAttribute("section", "summits");
		return MATRIX_VIEW;
	}

}
