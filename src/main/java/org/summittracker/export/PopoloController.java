package org.summittracker.export;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The whole dataset as one Popolo-shaped JSON document. */
@Controller
class PopoloController {

	private final Popolo popolo;

	PopoloController(Popolo popolo) {
		this.popolo = popolo;
	}

	@GetMapping("/data/popolo.json")
	ResponseEntity<String> popolo() {
		String body = this.popolo.write(ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri());
		return ExportController.download("summit-tracker-popolo.json", MediaType.APPLICATION_JSON, body);
	}

}
