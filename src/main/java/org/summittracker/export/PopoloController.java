package org.summittracker.export;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The whole dataset as one Popolo-shaped JSON document, streamed. */
@Controller
class PopoloController {

	private final Popolo popolo;

	PopoloController(Popolo popolo) {
		this.popolo = popolo;
	}

	/** Streamed as it is read: the headers first, then each section row by row. */
	@GetMapping("/data/popolo.json")
	void popolo(HttpServletResponse response) throws IOException {
		ExportController.attachment(response, "summit-tracker-popolo.json", MediaType.APPLICATION_JSON);
		this.popolo.write(ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri(),
				response.getOutputStream());
	}

}
