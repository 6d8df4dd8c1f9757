package org.factdesk.review;

import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the load benchmark measures inside the app, without changing it: the time of every
 * {@link ReviewService#mark} call (outermost, around security and the transaction, whoever calls it:
 * a browser session's request thread or a simulated editor), the time of every Vaadin UIDL request,
 * and the Vaadin sessions that are open.
 * <p>
 * Deliberately not a {@code @Configuration} or component: test classes are on the class path of every
 * application the tests start, and component scanning would bring these probes into all of them. Only the
 * benchmark's {@code @Import} registers them.
 */
class LoadProbes {

    /** Threads of the simulated editors are named so; every other caller of mark is a browser session's request. */
    static final String SIMULATED_THREAD_PREFIX = "load-sim-";

    static final Set<VaadinSession> SESSIONS = ConcurrentHashMap.newKeySet();

    /** The mode Vaadin runs in: development mode keeps stack traces per component, so the heap says little there. */
    static volatile Boolean productionMode;

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    @Bean
    static BeanPostProcessor timeReviewMarks() {
        return new TimingPostProcessor();
    }

    @Bean
    VaadinServiceInitListener countVaadinSessions() {
        return event -> {
            productionMode = event.getSource().getDeploymentConfiguration().isProductionMode();
            event.getSource().addSessionInitListener(init -> SESSIONS.add(init.getSession()));
            event.getSource().addSessionDestroyListener(destroy -> SESSIONS.remove(destroy.getSession()));
        };
    }

    @Bean
    FilterRegistrationBean<Filter> timeUidlRequests() {
        Filter filter = (request, response, chain) -> {
            String query = request instanceof HttpServletRequest http ? http.getQueryString() : null;
            if (query == null || !query.contains("v-r=uidl")) {
                chain.doFilter(request, response);
                return;
            }
            long start = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            try {
                chain.doFilter(request, response);
            } finally {
                LoadPhase phase = LoadPhase.current();
                if (phase != null) {
                    phase.uidl.add(System.nanoTime() - start);
                    // CPU of the request thread: what the request costs, whatever else the machine runs.
                    phase.uidlCpu.add(THREADS.getCurrentThreadCpuTime() - cpuStart);
                }
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** Open Vaadin sessions and the UIs in them (read under each session's lock). */
    record SessionCount(int sessions, int uis) {
    }

    static SessionCount sessionCount() {
        int sessions = 0, uis = 0;
        for (VaadinSession session : SESSIONS) {
            session.lock();
            try {
                sessions++;
                uis += session.getUIs().size();
            } finally {
                session.unlock();
            }
        }
        return new SessionCount(sessions, uis);
    }

    private static final class TimingPostProcessor implements BeanPostProcessor, Ordered {

        private static final MethodInterceptor TIMER = invocation -> {
            String method = invocation.getMethod().getName();
            if (!method.equals("mark") && !method.equals("markAndCount")) {
                return invocation.proceed();
            }
            long start = System.nanoTime();
            try {
                return invocation.proceed();
            } finally {
                long nanos = System.nanoTime() - start;
                LoadPhase phase = LoadPhase.current();
                if (phase != null) {
                    phase.serverAll.add(nanos);
                    (Thread.currentThread().getName().startsWith(SIMULATED_THREAD_PREFIX)
                            ? phase.serverSimulated : phase.serverBrowser).add(nanos);
                }
            }
        };

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE; // after the proxies for security and transactions exist
        }

        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (!(bean instanceof ReviewService)) {
                return bean;
            }
            if (bean instanceof Advised advised && !advised.isFrozen()) {
                advised.addAdvice(0, TIMER); // first: around everything the other advice does
                return bean;
            }
            ProxyFactory factory = new ProxyFactory(bean);
            factory.setProxyTargetClass(true);
            factory.addAdvice(TIMER);
            return factory.getProxy();
        }
    }
}
