package org.summittracker.system;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * With a streaming replica configured ({@code DB_REPLICA_URL}), read-only transactions —
 * every page, export and feed — run on the replica and everything else on the primary:
 * one data source that picks the target when a transaction first needs a connection,
 * after it has said whether it only reads. Without one, nothing changes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("summit.datasource.replica-url")
class ReplicaRouting {

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties properties) {
		return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
	}

	@Bean
	HikariDataSource replicaDataSource(DataSourceProperties properties,
			@Value("${summit.datasource.replica-url}") String replicaUrl,
			@Value("${spring.datasource.hikari.data-source-properties.options:}") String options) {
		HikariDataSource replica = properties.initializeDataSourceBuilder()
			.type(HikariDataSource.class)
			.url(replicaUrl)
			.build();
		replica.setPoolName("replica");
		replica.setReadOnly(true);
		if (!options.isEmpty()) {
			replica.addDataSourceProperty("options", options);
		}
		return replica;
	}

	@Bean
	@Primary
	DataSource dataSource(HikariDataSource primaryDataSource, HikariDataSource replicaDataSource) {
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primaryDataSource);
		routing.setReadOnlyDataSource(replicaDataSource);
		return routing;
	}

}
