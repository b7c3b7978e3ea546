package org.summittracker.history;

import java.lang.reflect.Field;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Version;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.summittracker.person.Person;
import org.summittracker.person.Tenure;
import org.summittracker.nation.Nation;
import org.summittracker.organization.Membership;
import org.summittracker.organization.Organization;
import org.summittracker.summit.Attendance;
import org.summittracker.summit.Summit;
import org.summittracker.system.RecordNotFoundException;
import org.summittracker.system.StaleEditException;
import org.summittracker.system.VersionedEntity;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads every record's history from the Envers audit tables — who changed which fields
 * when, old to new — and restores an earlier version as a new change.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

	private static final Pattern REFERENCE = Pattern.compile("^([a-z_]+)#(\\d+)$");

	/**
	 * The changes of the audit rows selected in between ({@link #auditRows}), with when
	 * and by whom they were made.
	 */
	private static final String CHANGES = "select c.*, r.timestamp, coalesce(ac.display_name, r.username) as author from (";

	private static final String CHANGED_BY = ") c join revision r on r.id = c.rev left join account ac on ac.username = r.username ";

	private final EntityManager entities;

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	HistoryService(EntityManager entities, JdbcTemplate jdbc, MessageSource messages) {
		this.entities = entities;
		this.jdbc = jdbc;
		this.messages = messages;
	}

	/**
	 * A record's history page: what it is now, where it is shown, and its changes, newest
	 * first.
	 */
	public record RecordHistory(RecordKind kind, long id, String label, String publicUrl, Long currentVersion,
			List<Change> changes) {

		public boolean exists() {
			return this.currentVersion != null;
		}

	}

	/** One line of the recent-changes feed. */
	public record FeedEntry(long revision, Instant when, String who, String kind, long id, String label,
			Change.Action action) {

	}

	public RecordHistory history(RecordKind kind, long id, Locale locale) {
		AuditReader reader = AuditReaderFactory.get(this.entities);
		@SuppressWarnings("unchecked")
		List<Object[]> rows = reader.createQuery()
			.forRevisionsOfEntity(kind.entity(), false, true)
			.add(AuditEntity.id().eq(id))
			.addOrder(AuditEntity.revisionNumber().asc())
			.getResultList();
		if (rows.isEmpty()) {
			throw new RecordNotFoundException(kind.slug().replace('_', ' '), String.valueOf(id));
		}
		Object current = this.entities.find(kind.entity(), id);
		List<Field> fields = Snapshot.fields(kind.entity());
		List<Map<String, String>> snapshots = rows.stream().map((row) -> Snapshot.of(row[0])).toList();
		Map<String, String> labels = labelsOf(snapshots);

		List<Change> changes = new ArrayList<>();
		Map<String, String> before = Map.of();
		for (int i = 0; i < rows.size(); i++) {
			Revision revision = (Revision) rows.get(i)[1];
			RevisionType type = (RevisionType) rows.get(i)[2];
			Map<String, String> after = snapshots.get(i);
			List<Change.FieldChange> touched = new ArrayList<>();
			for (Field field : fields) {
				String old = before.getOrDefault(field.getName(), "");
				String now = (type == RevisionType.DEL) ? "" : after.getOrDefault(field.getName(), "");
				if (!old.equals(now)) {
					touched.add(new Change.FieldChange(label(field), display(field, old, labels, locale),
							display(field, now, labels, locale)));
				}
			}
			boolean latest = i == rows.size() - 1;
			changes.add(new Change(revision.getId(), revision.getInstant(), revision.getAuthor(), action(type), touched,
					!latest && type != RevisionType.DEL && current != null));
			before = after;
		}
		Collections.reverse(changes);
		String label = labelOf(kind, snapshots.get(snapshots.size() - 1));
		return new RecordHistory(kind, id, label, (current != null) ? publicUrl(current) : null,
				(current != null) ? versionOf(current) : null, changes);
	}

	/**
	 * Puts back the values a record had at an earlier revision; saved as a new change, so
	 * nothing is lost.
	 * @param seenVersion the version the editor saw on the history page
	 */
	@Transactional
	public void restore(RecordKind kind, long id, long revision, long seenVersion) {
		Object current = this.entities.find(kind.entity(), id);
		if (current == null) {
			throw new RecordNotFoundException(kind.slug().replace('_', ' '), String.valueOf(id));
		}
		long version = versionOf(current);
		if (version != seenVersion) {
			throw new StaleEditException(kind.slug() + " " + id, seenVersion, version);
		}
		Object earlier = AuditReaderFactory.get(this.entities).find(kind.entity(), id, revision);
		if (earlier == null) {
			throw new RecordNotFoundException("revision", String.valueOf(revision));
		}
		for (Field field : Snapshot.fields(kind.entity())) {
			Object value = Snapshot.read(field, earlier);
			if (value != null && Snapshot.isReference(field)) {
				value = this.entities.getReference(field.getType(), Snapshot.idOf(value));
			}
			try {
				field.set(current, value);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
		this.entities.flush();
	}

	/** The latest changes across all records, newest first. */
	public List<FeedEntry> recentChanges(int limit, int offset) {
		StringBuilder union = new StringBuilder();
		for (RecordKind kind : RecordKind.values()) {
			union.append((union.length() > 0) ? " union all " : "").append(auditRows(kind));
		}
		return this.jdbc.query(
				CHANGES + union + CHANGED_BY
						+ "where r.username <> 'seed' order by c.rev desc, c.kind limit ? offset ?",
				HistoryService::entry, limit, offset);
	}

	/** The audit rows of one kind of record, as kind, id, revision, change and label. */
	private static String auditRows(RecordKind kind) {
		return "select '" + kind.slug() + "' as kind, a.id, a.rev, a.revtype, " + kind.labelSql() + " as label from "
				+ kind.table() + "_aud a";
	}

	private static FeedEntry entry(ResultSet rs, int row) throws SQLException {
		return new FeedEntry(rs.getLong("rev"), Instant.ofEpochMilli(rs.getLong("timestamp")), rs.getString("author"),
				rs.getString("kind"), rs.getLong("id"), rs.getString("label"),
				action(RevisionType.fromRepresentation((byte) rs.getInt("revtype"))));
	}

	/**
	 * Rows of an audit table a feed follows: those of {@code kind} whose {@code column}
	 * (a column of that table, named in code, never by a reader) holds {@code value}.
	 */
	public record Followed(RecordKind kind, String column, long value) {

		public static Followed record(RecordKind kind, long id) {
			return new Followed(kind, "id", id);
		}

	}

	/**
	 * The latest changes to the followed rows, the seed import included, newest first; no
	 * rows followed means every record.
	 */
	public List<FeedEntry> changesOf(List<Followed> followed, int limit) {
		StringBuilder union = new StringBuilder();
		List<Object> args = new ArrayList<>();
		List<Followed> scopes = followed.isEmpty()
				? java.util.Arrays.stream(RecordKind.values()).map((k) -> new Followed(k, null, 0)).toList() : followed;
		for (Followed scope : scopes) {
			union.append((union.length() > 0) ? " union all " : "").append(auditRows(scope.kind()));
			if (scope.column() != null) {
				if (!scope.column().matches("[a-z_]+")) {
					throw new IllegalArgumentException("Not a column: " + scope.column());
				}
				union.append(" where a.").append(scope.column()).append(" = ?");
				args.add(scope.value());
			}
		}
		args.add(limit);
		return this.jdbc.query(CHANGES + union + CHANGED_BY + "order by c.rev desc, c.kind, c.id limit ?",
				HistoryService::entry, args.toArray());
	}

	private static Change.Action action(RevisionType type) {
		return switch (type) {
			case ADD -> Change.Action.CREATED;
			case MOD -> Change.Action.CHANGED;
			case DEL -> Change.Action.DELETED;
		};
	}

	private String display(Field field, String raw, Map<String, String> labels, Locale locale) {
		if (raw.isEmpty()) {
			return "";
		}
		if (field.getType().isEnum()) {
			return this.messages.getMessage("enum." + field.getType().getSimpleName() + "." + raw, null, raw, locale);
		}
		if (field.getType() == boolean.class || field.getType() == Boolean.class) {
			return this.messages.getMessage(Boolean.parseBoolean(raw) ? "form.yes" : "form.no", null, raw, locale);
		}
		return labels.getOrDefault(raw, raw);
	}

	/** "startDate" reads "Start date". */
	private static String label(Field field) {
		String words = field.getName().replaceAll("([a-z])([A-Z0-9])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/** Names for the records the snapshots refer to, in one statement. */
	private Map<String, String> labelsOf(List<Map<String, String>> snapshots) {
		Set<String> references = new LinkedHashSet<>();
		snapshots
			.forEach((s) -> s.values().stream().filter((v) -> REFERENCE.matcher(v).matches()).forEach(references::add));
		Map<String, String> labels = new HashMap<>();
		if (references.isEmpty()) {
			return labels;
		}
		StringBuilder sql = new StringBuilder();
		List<Object> args = new ArrayList<>();
		for (String reference : references) {
			Matcher m = REFERENCE.matcher(reference);
			m.matches();
			RecordKind kind = RecordKind.fromSlug(m.group(1)).orElseThrow();
			sql.append((sql.length() > 0) ? " union all " : "")
				.append("select ? as ref, (select ")
				.append(kind.labelSql())
				.append(" from ")
				.append(kind.table())
				.append(" a where a.id = ?) as label");
			args.add(reference);
			args.add(Long.parseLong(m.group(2)));
		}
		this.jdbc.query(sql.toString(), (rs) -> {
			labels.put(rs.getString("ref"),
					(rs.getString("label") != null) ? rs.getString("label") : rs.getString("ref"));
		}, args.toArray());
		return labels;
	}

	private static String labelOf(RecordKind kind, Map<String, String> snapshot) {
		for (String field : List.of("name", "title", "acronym")) {
			if (snapshot.containsKey(field) && !snapshot.get(field).isEmpty()) {
				return snapshot.get(field);
			}
		}
		return kind.slug().replace('_', ' ');
	}

	private static String publicUrl(Object record) {
		if (record instanceof Summit s) {
			return "/summits/" + s.getSlug();
		}
		if (record instanceof Person p) {
			return "/leaders/" + p.getSlug();
		}
		if (record instanceof Nation n) {
			return "/nations/" + n.getSlug();
		}
		if (record instanceof Organization o) {
			return "/organizations/" + o.getSlug();
		}
		if (record instanceof Attendance a) {
			return "/summits/" + a.getSummit().getSlug();
		}
		if (record instanceof Membership m) {
			return "/organizations/" + m.getOrganization().getSlug();
		}
		if (record instanceof Tenure t) {
			return "/leaders/" + t.getPerson().getSlug();
		}
		return null;
	}

	private static Long versionOf(Object record) {
		if (record instanceof VersionedEntity versioned) {
			return versioned.getVersion();
		}
		for (Field field : record.getClass().getDeclaredFields()) {
			if (field.isAnnotationPresent(Version.class)) {
				field.setAccessible(true);
				Object value = Snapshot.read(field, record);
				return ((Number) value).longValue();
			}
		}
		return 0L;
	}

}
