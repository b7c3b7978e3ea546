package org.summittracker.export;

import java.nio.charset.StandardCharsets;

import org.summittracker.summit.SummitKind;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Every list and record page as CSV and JSON: the page's address with {@code .csv} or
 * {@code .json} appended, with the same filters. A record page's CSV is the table it
 * lists (a nation lists two, each at its own address); its JSON holds the record and all
 * its tables.
 */
@Controller
class ExportController {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final Exports exports;

	private final ExportJson json;

	ExportController(Exports exports, ExportJson json) {
		this.exports = exports;
		this.json = json;
	}

	@GetMapping("/summits.csv")
	ResponseEntity<String> summitsCsv(@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "year", defaultValue = "0") int year,
			@RequestParam(name = "kind", required = false) SummitKind kind) {
		return csv("summits", this.exports.summits(organization, year, kind));
	}

	@GetMapping("/summits.json")
	ResponseEntity<String> summitsJson(@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "year", defaultValue = "0") int year,
			@RequestParam(name = "kind", required = false) SummitKind kind) {
		return json("summits", this.exports.summits(organization, year, kind).rows());
	}

	@GetMapping("/summits/{slug}.csv")
	ResponseEntity<String> summitCsv(@PathVariable String slug) {
		return csv(this.exports.summit(slug), "attendance");
	}

	@GetMapping("/summits/{slug}.json")
	ResponseEntity<String> summitJson(@PathVariable String slug) {
		return json(this.exports.summit(slug));
	}

	@GetMapping("/leaders.csv")
	ResponseEntity<String> leadersCsv(@RequestParam(name = "nation", required = false) String nation) {
		return csv("leaders", this.exports.leaders(nation));
	}

	@GetMapping("/leaders.json")
	ResponseEntity<String> leadersJson(@RequestParam(name = "nation", required = false) String nation) {
		return json("leaders", this.exports.leaders(nation).rows());
	}

	@GetMapping("/leaders/{slug}.csv")
	ResponseEntity<String> leaderCsv(@PathVariable String slug) {
		return csv(this.exports.leader(slug), "appearances");
	}

	@GetMapping("/leaders/{slug}.json")
	ResponseEntity<String> leaderJson(@PathVariable String slug) {
		return json(this.exports.leader(slug));
	}

	@GetMapping("/nations.csv")
	ResponseEntity<String> nationsCsv() {
		return csv("nations", this.exports.nations());
	}

	@GetMapping("/nations.json")
	ResponseEntity<String> nationsJson() {
		return json("nations", this.exports.nations().rows());
	}

	@GetMapping("/nations/{slug}/{table:memberships|representations}.csv")
	ResponseEntity<String> nationCsv(@PathVariable String slug, @PathVariable String table) {
		return csv(this.exports.nation(slug), table);
	}

	@GetMapping("/nations/{slug}.json")
	ResponseEntity<String> nationJson(@PathVariable String slug) {
		return json(this.exports.nation(slug));
	}

	@GetMapping("/organizations.csv")
	ResponseEntity<String> organizationsCsv() {
		return csv("organizations", this.exports.organizations());
	}

	@GetMapping("/organizations.json")
	ResponseEntity<String> organizationsJson() {
		return json("organizations", this.exports.organizations().rows());
	}

	@GetMapping("/organizations/{slug}.csv")
	ResponseEntity<String> organizationCsv(@PathVariable String slug) {
		return csv(this.exports.organization(slug), "memberships");
	}

	@GetMapping("/organizations/{slug}.json")
	ResponseEntity<String> organizationJson(@PathVariable String slug) {
		return json(this.exports.organization(slug));
	}

	private static ResponseEntity<String> csv(String name, Table<?> table) {
		return download(name + ".csv", CSV, CsvTables.write(table));
	}

	/**
	 * One of the tables a record page lists, saved as {@code <slug>-
	 *
	<table>
	 * .csv}.
	 */
	private static ResponseEntity<String> csv(Exports.Detail record, String table) {
		return csv(record.slug() + "-" + table, record.table(table));
	}

	/** A record page: the record and all its tables, saved as {@code <slug>.json}. */
	private ResponseEntity<String> json(Exports.Detail record) {
		return json(record.slug(), record.asJson());
	}

	private ResponseEntity<String> json(String name, Object value) {
		return download(name + ".json", MediaType.APPLICATION_JSON, this.json.write(value));
	}

	/** A file to save: its type, and the name a browser saves it under. */
	static ResponseEntity<String> download(String filename, MediaType type, String body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(body);
	}

}
