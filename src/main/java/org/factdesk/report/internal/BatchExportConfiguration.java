package org.factdesk.report.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Runs batch exports off the UI thread, at most two at a time (each lays out PDFs, which is CPU
 * work).
 */
@Configuration
public class BatchExportConfiguration {

    public static final String EXECUTOR = "batchExportExecutor";

    @Bean(EXECUTOR)
    AsyncTaskExecutor batchExportExecutor() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix("batch-export-");
        pool.setCorePoolSize(2);
        pool.setMaxPoolSize(2);
        pool.setQueueCapacity(20);
        pool.initialize();
        return pool;
    }
}
