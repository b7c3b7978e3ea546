package org.summittracker.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

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
record ExportController(Exports exports, ExportJson json) {

	static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	@GetMapping("/summits.{format:csv|json}")
	void summits(@PathVariable String format,
			@RequestParam(name = "organization", required = false) String organization,
			@RequestParam(name = "year", defaultValue = "0") int year,
			@RequestParam(name = "kind", required = false) SummitKind kind, HttpServletResponse response)
			throws IOException {
		this.exports.summits(organization, year, kind, list(response, "summits", format));
	}

	@GetMapping("/summits/{slug}.csv")
	void summitCsv(@PathVariable String slug, HttpServletResponse response) throws IOException {
		csv(this.exports.summit(slug), "attendance", response);
	}

	@GetMapping("/summits/{slug}.json")
	void summitJson(@PathVariable String slug, HttpServletResponse response) throws IOException {
		json(this.exports.summit(slug), response);
	}

	@GetMapping("/leaders.{format:csv|json}")
	void leaders(@PathVariable String format, @RequestParam(name = "nation", required = false) String nation,
			HttpServletResponse response) throws IOException {
		this.exports.leaders(nation, list(response, "leaders", format));
	}

	@GetMapping("/leaders/{slug}.csv")
	void leaderCsv(@PathVariable String slug, HttpServletResponse response) throws IOException {
		csv(this.exports.leader(slug), "appearances", response);
	}

	@GetMapping("/leaders/{slug}.json")
	void leaderJson(@PathVariable String slug, HttpServletResponse response) throws IOException {
		json(this.exports.leader(slug), response);
	}

	@GetMapping("/nations.{format:csv|json}")
	ResponseEntity<String> nations(@PathVariable String format) {
		return table("nations", format, this.exports.nations());
	}

	@GetMapping("/nations/{slug}/{table:memberships|representations}.csv")
	void nationCsv(@PathVariable String slug, @PathVariable String table, HttpServletResponse response)
			throws IOException {
		csv(this.exports.nation(slug), table, response);
	}

	@GetMapping("/nations/{slug}.json")
	void nationJson(@PathVariable String slug, HttpServletResponse response) throws IOException {
		json(this.exports.nation(slug), response);
	}

	@GetMapping("/organizations.{format:csv|json}")
	ResponseEntity<String> organizations(@PathVariable String format) {
		return table("organizations", format, this.exports.organizations());
	}

	@GetMapping("/organizations/{slug}.csv")
	void organizationCsv(@PathVariable String slug, HttpServletResponse response) throws IOException {
		csv(this.exports.organization(slug), "memberships", response);
	}

	@GetMapping("/organizations/{slug}.json")
	void organizationJson(@PathVariable String slug, HttpServletResponse response) throws IOException {
		json(this.exports.organization(slug), response);
	}

	/** A list streamed in the format asked for. */
	private RowSink list(HttpServletResponse response, String name, String format) throws IOException {
		return "csv".equals(format) ? csv(response, name) : json(response, name);
	}

	/** A short list, read whole, in the format asked for. */
	private ResponseEntity<String> table(String name, String format, Table<?> table) {
		return "csv".equals(format) ? csv(name, table) : json(name, table.rows());
	}

	/** A list streamed as CSV: the headers now, the rows as they are read. */
	private static RowSink csv(HttpServletResponse response, String name) throws IOException {
		attachment(response, name + ".csv", CSV);
		return CsvTables.to(response.getWriter());
	}

	/** A list streamed as a JSON array: the headers now, the rows as they are read. */
	private RowSink json(HttpServletResponse response, String name) throws IOException {
		attachment(response, name + ".json", MediaType.APPLICATION_JSON);
		return this.json.arrayTo(response.getOutputStream());
	}

	private static ResponseEntity<String> csv(String name, Table<?> table) {
		return download(name + ".csv", CSV, CsvTables.write(table));
	}

	/**
	 * One of the tables a record page lists, streamed and saved as the record's slug, a
	 * hyphen and the table's name ({@code sco-2024-astana-attendance.csv}); a missing
	 * table is a 404 before the headers.
	 */
	private void csv(Exports.Detail record, String table, HttpServletResponse response) throws IOException {
		record.table(table);
		this.exports.write(record, table, csv(response, record.slug() + "-" + table));
	}

	/**
	 * A record page: the record and all its tables, streamed and saved as
	 * {@code <slug>.json}.
	 */
	private void json(Exports.Detail record, HttpServletResponse response) throws IOException {
		attachment(response, record.slug() + ".json", MediaType.APPLICATION_JSON);
		this.exports.writeJson(record, response.getOutputStream());
	}

	private ResponseEntity<String> json(String name, Object value) {
		return download(name + ".json", MediaType.APPLICATION_JSON, this.json.write(value));
	}

	/** A streamed file to save: its type, and the name a browser saves it under. */
	static void attachment(HttpServletResponse response, String filename, MediaType type) {
		response.setContentType(type.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename).build().toString());
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
