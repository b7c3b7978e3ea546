package org.summittracker.system;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ParameterMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittracker.support.IntegrationTest;
import org.summittracker.support.TestDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The main pages' queries, as the pages issue them, planned by PostgreSQL over a
 * generated dataset large enough that the planner behaves as at scale
 * ({@code src/bench/sql/scale.sql} at a small factor, then {@code ANALYZE}, in a database
 * of its own): none may read the whole of attendance or citation (a Seq Scan), the plans
 * that made pages 10-20x slower at 100x the data. Every SELECT a page request prepares is
 * recorded with its bound parameters, then explained with the same values, and as the
 * generic plan PostgreSQL may cache for it ({@code plan_cache_mode=auto}).
 */
@Import(ExplainPlansTest.Recording.class)
class ExplainPlansTest extends IntegrationTest {

	/** Big enough that reading a whole table costs more than its indexes (~30k rows). */
	private static final int FACTOR = 3;

	private static final List<String> WATCHED = List.of("attendance", "citation");

	private static final List<Executed> executed = new CopyOnWriteArrayList<>();

	private static boolean generated;

	private final ObjectMapper json = new ObjectMapper();

	@DynamicPropertySource
	static void scaledDatabase(DynamicPropertyRegistry registry) {
		TestDatabase.Connection db = TestDatabase.separate("explain");
		registry.add("spring.datasource.hikari.jdbc-url", db::url);
	}

	@BeforeEach
	void generate() throws IOException {
		synchronized (ExplainPlansTest.class) {
			if (!generated) {
				this.jdbc.execute(scaleScript(FACTOR));
				// the script's last step, alone: VACUUM runs outside a transaction block
				this.jdbc.execute("vacuum analyze");
				generated = true;
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/summits/sco-2024-astana", "/summits/nato-2024-washington",
			"/summits/biden-erdogan-2024-fasano", "/leaders/recep-tayyip-erdogan", "/leaders/gen-person-7",
			"/leaders/gen-person-7?page=2", "/nations/turkey", "/nations/gen-nation-3", "/nations/gen-nation-3?page=3",
			"/organizations/sco", "/organizations/gen-org-1", "/matrix", "/matrix?year=2000", "/search?q=putin",
			"/search?q=generated", "/summits", "/summits?organization=sco", "/leaders", "/leaders?nation=turkey",
			"/nations", "/summits?year=2024" })
	void noPageQueryReadsAllOfAttendanceOrCitation(String path) throws SQLException {
		executed.clear();
		assertThat(get(path).status()).isEqualTo(200);
		assertThat(scansOf(WATCHED, (sql) -> true)).as("sequential scans of %s for %s", WATCHED, path).isEmpty();
	}

	/**
	 * A summit page's statements that join summits to summits (the page's summit with its
	 * parent and sidelines, the bridges) find them by index: a condition on the joined
	 * parent's columns instead of the row's own made PostgreSQL join every summit to its
	 * parent on each view (6 ms at seed scale, 21 ms at 100x). Statements reading summit
	 * alone are left out: over the few hundred summits of this dataset a sequential scan
	 * of them is the cheaper plan.
	 */
	@ParameterizedTest
	@ValueSource(
			strings = { "/summits/sco-2024-astana", "/summits/nato-2024-washington", "/summits/xi-putin-2024-astana" })
	void theSummitPageFindsItsSummitsByIndex(String path) throws SQLException {
		executed.clear();
		assertThat(get(path).status()).isEqualTo(200);

		assertThat(scansOf(List.of("summit"), (sql) -> sql.contains(" join summit ")))
			.as("sequential scans of summit for %s", path)
			.isEmpty();
	}

	/**
	 * The chosen statements just executed (at least one) that read one of these tables by
	 * sequential scan.
	 */
	private List<String> scansOf(List<String> tables, Predicate<String> chosen) throws SQLException {
		List<Executed> selects = executed.stream()
			.filter(Executed::isSelect)
			.filter((statement) -> chosen.test(statement.sql()))
			.toList();
		assertThat(selects).isNotEmpty();
		List<String> scans = new ArrayList<>();
		for (Executed statement : selects) {
			String sql = statement.sql();
			for (String table : sequentialScans(plan(statement), tables)) {
				scans.add(table + " in: ..." + sql.substring(Math.max(0, sql.indexOf(" from "))));
			}
			for (String table : sequentialScans(genericPlan(statement), tables)) {
				scans.add(table + " in the generic plan of: ..." + sql.substring(Math.max(0, sql.indexOf(" from "))));
			}
		}
		return scans;
	}

	/** The check can fail: a predicate no index serves is reported as a Seq Scan. */
	@Test
	void aQueryNoIndexServesIsReported() throws SQLException {
		Executed unindexed = new Executed("select a.id from attendance a where a.id % 7 = 3", List.of());
		Executed indexed = new Executed("select a.id from attendance a where a.summit_id = ?",
				List.of(new Binding(setter("setLong", int.class, long.class), new Object[] { 1, 1L })));

		assertThat(sequentialScans(plan(unindexed), WATCHED)).containsExactly("attendance");
		assertThat(sequentialScans(plan(indexed), WATCHED)).isEmpty();
		assertThat(sequentialScans(genericPlan(indexed), WATCHED)).isEmpty();
	}

	/**
	 * The generic plan is checked too: an optional filter folds away in the plan for its
	 * values, but a generic plan must keep both branches and reads the whole table.
	 */
	@Test
	void aGenericPlanThatScansIsReported() throws SQLException {
		Method setLong = setter("setLong", int.class, long.class);
		Executed optional = new Executed("select a.id from attendance a where (? = 0 or a.summit_id = ?)",
				List.of(new Binding(setLong, new Object[] { 1, 1L }), new Binding(setLong, new Object[] { 2, 1L })));

		assertThat(sequentialScans(plan(optional), WATCHED)).isEmpty();
		assertThat(sequentialScans(genericPlan(optional), WATCHED)).containsExactly("attendance");
	}

	/** The tables of these a plan reads by sequential scan. */
	private List<String> sequentialScans(JsonNode plan, List<String> tables) {
		List<String> found = new ArrayList<>();
		collect(plan, tables, found);
		return found;
	}

	private void collect(JsonNode node, List<String> tables, List<String> found) {
		if (node.isArray()) {
			node.forEach((child) -> collect(child, tables, found));
			return;
		}
		if (!node.isObject()) {
			return;
		}
		String type = node.path("Node Type").asString("");
		String relation = node.path("Relation Name").asString("");
		if (type.equals("Seq Scan") && tables.contains(relation)) {
			found.add(relation);
		}
		node.forEach((child) -> collect(child, tables, found));
	}

	private JsonNode plan(Executed statement) throws SQLException {
		DataSource dataSource = this.jdbc.getDataSource();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement explain = connection.prepareStatement("explain (format json) " + statement.sql())) {
			for (Binding binding : statement.bindings()) {
				binding.apply(explain);
			}
			try (ResultSet plan = explain.executeQuery()) {
				plan.next();
				return this.json.readTree(plan.getString(1));
			}
		}
	}

	/**
	 * The plan PostgreSQL caches for the statement once it stops planning it per
	 * execution ({@code plan_cache_mode=auto} may choose it after five executions): the
	 * statement prepared with its parameters' types and explained under
	 * {@code force_generic_plan}, so it can use no value of them.
	 */
	private JsonNode genericPlan(Executed statement) throws SQLException {
		StringBuilder numbered = new StringBuilder();
		int count = 0;
		for (char c : statement.sql().toCharArray()) {
			if (c == '?') {
				numbered.append('$').append(++count);
			}
			else {
				numbered.append(c);
			}
		}
		DataSource dataSource = this.jdbc.getDataSource();
		String args;
		try (Connection connection = dataSource.getConnection()) {
			String[] types = new String[count];
			try (PreparedStatement typed = connection.prepareStatement(statement.sql())) {
				// the parameters' types as PostgreSQL takes them with these bindings
				for (Binding binding : statement.bindings()) {
					binding.apply(typed);
				}
				ParameterMetaData parameters = typed.getParameterMetaData();
				for (int i = 0; i < count; i++) {
					types[i] = parameters.getParameterTypeName(i + 1);
				}
			}
			try (Statement set = connection.createStatement()) {
				set.execute("prepare generic_page_query" + (count == 0 ? "" : " (" + String.join(", ", types) + ")")
						+ " as " + numbered);
				args = Arrays.stream(types).map((type) -> "null::" + type).collect(Collectors.joining(", "));
				set.execute("set plan_cache_mode = force_generic_plan");
			}
			// a generic plan does not depend on the values: the statement is explained,
			// not run
			try (Statement explain = connection.createStatement();
					ResultSet plan = explain.executeQuery("explain (format json) execute generic_page_query"
							+ (count == 0 ? "" : "(" + args + ")"))) {
				plan.next();
				return this.json.readTree(plan.getString(1));
			}
			finally {
				try (Statement set = connection.createStatement()) {
					set.execute("reset plan_cache_mode");
					set.execute("deallocate generic_page_query");
				}
			}
		}
	}

	/**
	 * The scale script without psql's meta-commands, the factor written in: what
	 * {@code psql -v factor=N -f src/bench/sql/scale.sql} runs.
	 */
	private static String scaleScript(int factor) throws IOException {
		return Files.readAllLines(Path.of("src/bench/sql/scale.sql"))
			.stream()
			.filter((line) -> !line.startsWith("\\") && !line.startsWith("vacuum"))
			.map((line) -> line.replace(":factor", Integer.toString(factor)))
			.collect(Collectors.joining("\n"));
	}

	private static Method setter(String name, Class<?>... types) {
		try {
			return PreparedStatement.class.getMethod(name, types);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** One statement a page executed, with the parameters it was bound with. */
	record Executed(String sql, List<Binding> bindings) {

		boolean isSelect() {
			String start = this.sql.stripLeading().toLowerCase(Locale.ROOT);
			return (start.startsWith("select") || start.startsWith("with")) && !start.contains("data_version");
		}

	}

	/** One {@code setXxx(index, value...)} call on a prepared statement. */
	record Binding(Method setter, Object[] args) {

		void apply(PreparedStatement statement) throws SQLException {
			try {
				this.setter.invoke(statement, this.args);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof SQLException sql) {
					throw sql;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}

	}

	/** Wraps the application's data source so each prepared statement is recorded. */
	@TestConfiguration
	static class Recording {

		@Bean
		static BeanPostProcessor recordingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && name.equals("dataSource")) {
						return new RecordingDataSource(dataSource);
					}
					return bean;
				}
			};
		}

	}

	static final class RecordingDataSource extends DelegatingDataSource {

		RecordingDataSource(DataSource target) {
			super(target);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return recording(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return recording(super.getConnection(username, password));
		}

		private static Connection recording(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				Object result = invoke(connection, method, args);
				if (method.getName().equals("prepareStatement") && result instanceof PreparedStatement statement) {
					return recording(statement, (String) args[0]);
				}
				return result;
			};
			return (Connection) Proxy.newProxyInstance(ExplainPlansTest.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

		private static PreparedStatement recording(PreparedStatement statement, String sql) {
			List<Binding> bindings = new ArrayList<>();
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getName().startsWith("set") && args != null && args.length >= 2
						&& args[0] instanceof Integer) {
					bindings.add(new Binding(method, args.clone()));
				}
				else if (method.getName().equals("clearParameters")) {
					bindings.clear();
				}
				else if (method.getName().startsWith("execute")) {
					executed.add(new Executed(sql, List.copyOf(bindings)));
				}
				return invoke(statement, method, args);
			};
			return (PreparedStatement) Proxy.newProxyInstance(ExplainPlansTest.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, handler);
		}

		private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
			try {
				return method.invoke(target, args);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

}
