package io.actionsroi.job;

import javax.sql.DataSource;

import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.repository.support.JdbcJobRepositoryFactoryBean;
import org.springframework.jdbc.support.JdbcTransactionManager;

/** A test's own Spring Batch job repository on a run's database, to look at or change what runs recorded. */
final class JobRepositories {

    private JobRepositories() {
    }

    static JobRepository on(DataSource dataSource) {
        try {
            JdbcJobRepositoryFactoryBean factory = new JdbcJobRepositoryFactoryBean();
            factory.setDataSource(dataSource);
            factory.setTransactionManager(new JdbcTransactionManager(dataSource));
            factory.afterPropertiesSet();
            return factory.getObject();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
